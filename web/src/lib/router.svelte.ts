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

  /**
   * Points the address bar at `route` without navigating (no remount, no history entry): the
   * view already shows it, and the URL stays shareable (an alert picked inside an investigation).
   */
  share(route: Route): void {
    history.replaceState(history.state, '', hashFor(route));
  }
}

export const router = new HashRouter();
