// Detection-quality numbers for a score: AUROC and recall at a false-positive rate.

/**
 * Area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting one half (Mann–Whitney U). NaN when a class is empty. O((p+n) log(p+n)).
 */
export function auroc(positives: number[], negatives: number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const all = [...positives.map((s) => [s, 1] as const), ...negatives.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    const midRank = (i + 1 + j) / 2; // ranks i+1..j share their mean
    for (let k = i; k < j; k++) if (all[k][1] === 1) rankSum += midRank;
    i = j;
  }
  const p = positives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * negatives.length);
}

/**
 * Recall at the strictest threshold that flags at most `fpr` of the negatives: positives scoring
 * strictly above the ⌊fpr·n⌋+1-th highest negative. With fewer than 1/fpr negatives this means
 * "above every negative". O(n log n).
 */
export function recallAtFpr(positives: number[], negatives: number[], fpr: number): number {
  if (positives.length === 0) return NaN;
  if (negatives.length === 0) return 1;
  const sorted = [...negatives].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * negatives.length);
  const cut = sorted[Math.min(allowed, sorted.length - 1)];
  return positives.filter((s) => s > cut).length / positives.length;
}
