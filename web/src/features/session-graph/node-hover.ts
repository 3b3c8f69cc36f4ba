// The highlighted/hovered node's label for the dark dashboard. Why: sigma's default draws it on a
// white box in the label colour, and our labels are light (#c9d1d9): highlighted nodes (the ones an
// alert points at) had the least readable names on the page.
import { drawDiscNodeLabel, type NodeHoverDrawingFunction } from 'sigma/rendering';

const BOX = '#21262d';
const EDGE = '#8b949e';
const PADDING = 2;

/** Same geometry as sigma's drawDiscNodeHover (a box joined to a ring around the node), dark fill, light outline. */
export const drawDarkNodeHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = BOX;
  context.strokeStyle = EDGE;
  context.lineWidth = 1;
  context.beginPath();
  if (typeof data.label === 'string') {
    const boxWidth = Math.round(context.measureText(data.label).width + 5);
    const boxHeight = Math.round(size + 2 * PADDING);
    const radius = Math.max(data.size, size / 2) + PADDING;
    const angle = Math.asin(boxHeight / 2 / radius);
    const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
    context.moveTo(data.x + dx, data.y + boxHeight / 2);
    context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
    context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
    context.lineTo(data.x + dx, data.y - boxHeight / 2);
    context.arc(data.x, data.y, radius, angle, -angle);
  } else context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  context.closePath();
  context.fill();
  context.stroke();
  drawDiscNodeLabel(context, data, settings);
};
