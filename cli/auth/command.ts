import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
import { L } from '../render/text.ts';
import { oauthClientConfig, tokenPath } from './config.ts';
import { signIn } from './login.ts';
import { removeStoredToken } from './token-store.ts';

/**
 * `cds login`: the officer signs in to Google in the browser (installed-app OAuth, loopback
 * redirect); `cds collect`, `rank`, `score`… then read the spreadsheets shared with that account.
 * `cds logout` removes the stored token.
 */
export function registerAuthCommands(program: Command, ctx: CommandContext): void {
  program
    .command('login')
    .description('đăng nhập Google để đọc bảng tính / sign in to Google to read spreadsheets (token kept in your config folder, 0600)')
    .option('--oauth-client <file>', 'tệp OAuth client (Desktop) do CNTT tỉnh cấp / OAuth client JSON from the province’s IT (or CDS_OAUTH_CLIENT_ID)')
    .action(async (opts: { oauthClient?: string }) => {
      const r = L(ctx.lang);
      const config = await oauthClientConfig(ctx.io.env, ctx.io.cwd, opts.oauthClient);
      const file = tokenPath(ctx.io.env);
      // The address goes to stderr: stdout stays for results. It carries no secret (PKCE, state).
      const { email } = await signIn(config, file, (url) => ctx.io.stderr(`${r('auth.open-url')}\n${url}\n`));
      ctx.io.stdout(r(email ? 'auth.signed-in-as' : 'auth.signed-in', { email: email ?? '', path: file }) + '\n');
    });
  program
    .command('logout')
    .description('xóa thông tin đăng nhập đã lưu / remove the stored Google sign-in')
    .action(async () => {
      const file = tokenPath(ctx.io.env);
      const removed = await removeStoredToken(file);
      ctx.io.stdout(L(ctx.lang)(removed ? 'auth.signed-out' : 'auth.not-signed-in', { path: file }) + '\n');
    });
}
