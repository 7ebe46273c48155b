import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Marks the document with the address of the view on screen, once React has committed it (`data-view` on <html>).
 * After an in-app navigation the address changes at once, while React keeps the previous view up until the new one
 * is ready (the router's updates are transitions). The e2e tests wait for the mark to match the address before they
 * judge a page, so they never judge the previous view under the new address.
 */
export function ViewMark() {
  const location = useLocation();
  useEffect(() => {
    document.documentElement.dataset.view = window.location.pathname + window.location.search;
  }, [location]);
  return null;
}
