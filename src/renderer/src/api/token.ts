const KEY = 'barabar.token';

interface TokenEnv {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * The browser-mode token arrives once in `?token=`; it is kept in sessionStorage (a reload without the
 * query still works) and removed from the visible URL so it doesn't end up in screenshots or history.
 */
export function takeToken(env: TokenEnv): string | null {
  const params = new URLSearchParams(env.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    env.storage.setItem(KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(
      env.history.state,
      '',
      `${env.location.pathname}${rest ? `?${rest}` : ''}${env.location.hash}`,
    );
    return fromUrl;
  }
  return env.storage.getItem(KEY);
}
