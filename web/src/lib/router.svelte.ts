// The current route as reactive state, following the location hash.
import { hashFor, parseHash, type Route } from './router.ts';

class HashRouter {
  route = $state.raw<Route>(parseHash(location.hash));

  constructor() {
    addEventListener('hashchange', () => {
      this.route = parseHash(location.hash);
      scrollTo(0, 0);
    });
  }

  go(route: Route): void {
    location.hash = hashFor(route);
  }
}

export const router = new HashRouter();
