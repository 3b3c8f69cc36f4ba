import { describe, expect, it } from 'vitest';
import { scanInstructions } from './instructions.ts';
import { findSecrets, noteLabelStarts, secretReadByName, servesSecret } from './secrets.ts';

const found = (text: string) => [...findSecrets(text)];

describe('findSecrets', () => {
  it.each([
    ['an OpenAI-style key', 'OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz123456', 'sk-proj-abcdefghijklmnopqrstuvwxyz123456'],
    ['an AWS access key id', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['a password manager export\'s password column', 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nWork,0,login,Okta OurCo,,,0,https://ourco.okta.com,dana.kim@ourco.com,Tundra#Violet-5521,JBSWY3DPEHPK3PXP', 'Tundra#Violet-5521'],
    ['a credentials sheet\'s api_key column, tab-separated', 'service\tapi_key\tnotes\nmailer\tq8Vt2LmR9xKw4PzN\tprod', 'q8Vt2LmR9xKw4PzN'],
    ['a registry login in a Docker config', '{"auths":{"ghcr.io":{"auth":"ZGFuYS1raW06Z2hwX1I3ZEsybVhxOUxwVzR2VDhuQjNzWTZoSjFjRjVnQTB6"}}}', 'ZGFuYS1raW06Z2hwX1I3ZEsybVhxOUxwVzR2VDhuQjNzWTZoSjFjRjVnQTB6'],
    ['an AWS secret access key by its label', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    // A label at the end of a configuration name, and in other languages.
    ['a password in a .env line', 'DB_HOST=db.internal\nDB_PASSWORD=Rk7wQ9zT2vL5xN8W', 'Rk7wQ9zT2vL5xN8W'],
    ['a JWT secret in a .env line', 'JWT_SECRET=f3Kq9LmT2xQpR7vN', 'f3Kq9LmT2xQpR7vN'],
    ['a provider key in a .env line', 'MAILGUN_API_KEY=key-3ax6xnjp29jd6fds4gc373sgvjxteol0', 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'],
    ['an auth token in a .env line', 'TWILIO_AUTH_TOKEN=9f3c2b7a1d8e4f60a5b9c3d2e1f0a7b8', '9f3c2b7a1d8e4f60a5b9c3d2e1f0a7b8'],
    ['a password in a JSON config', '{"db_host": "db.internal", "db_password": "Rk7wQ9zT2vL5xN8W"}', 'Rk7wQ9zT2vL5xN8W'],
    ['a password in German', 'Zugang zum Router: Benutzer admin, Passwort: Sommer2024!Rk', 'Sommer2024!Rk'],
    ['a PuTTY private key', 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3Nza...', 'PuTTY-User-Key-File-3: ssh-ed25519'],
    ['a PGP private key block', '-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF...\n-----END PGP PRIVATE KEY BLOCK-----', '-----BEGIN PGP PRIVATE KEY BLOCK-----'],
    ['a GitHub token', 'token: ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a GitHub fine-grained token', 'GH=github_pat_11ABCDEFG0abcdefghijklmnopqrstuvwxyz0123456789ABCDEF', 'github_pat_11ABCDEFG0abcdefghijklmnopqrstuvwxyz0123456789ABCDEF'],
    ['a GitLab token', 'export GITLAB_TOKEN=glpat-xXyYzZ0123456789abcd', 'glpat-xXyYzZ0123456789abcd'],
    ['a Stripe secret key', 'STRIPE_KEY=sk_live_51HqLyjWDarjtT1zdp7dcXYZ', 'sk_live_51HqLyjWDarjtT1zdp7dcXYZ'],
    ['an npm token', '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789', 'npm_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a Hugging Face token', 'HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyzABCDEF', 'hf_abcdefghijklmnopqrstuvwxyzABCDEF'],
    ['a SendGrid key', 'SENDGRID=SG.abcdefghijklmnop_qr.stuvwxyzABCDEFGHIJKLmnop-0123', 'SG.abcdefghijklmnop_qr.stuvwxyzABCDEFGHIJKLmnop-0123'],
    ['a Google OAuth token', 'Authorization: Bearer ya29.a0AfH6SMBx-abcdefghijklmnopqrstuvwxyz', 'ya29.a0AfH6SMBx-abcdefghijklmnopqrstuvwxyz'],
    ['a Slack webhook', 'webhook: https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    ['a password in a database URL', 'DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal:5432/prod', 's3cr3t-Pa55'],
    ['an Azure storage account key', 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
    ['a labelled password', 'Your new password is Tr0ub4dor&3', 'Tr0ub4dor&3'],
    ['a one-time code', 'Your verification code: 463820', '463820'],
    ['a PIN', 'Your card PIN 4821 was changed.', '4821'],
    ['MFA recovery codes', 'MFA reset. Recovery codes: 4821-9932, 7710-3381, 5529-0146', '4821-9932'],
    ['a backup code', 'Your backup code is 93120477.', '93120477'],
    ['a card number in groups', 'Card on file: VISA 4556 7375 8689 9855 exp 09/27', '4556737586899855'],
    ['a card number in one run', '"card_number": "5425233430109903"', '5425233430109903'],
    ['an Anthropic-style key', 'ANTHROPIC_API_KEY=sk-ant-api03-Xy9fQ2mN8pL4kR7sT1vW3zA5bC6dE0gH-iJ_kLmNoPq', 'sk-ant-api03-Xy9fQ2mN8pL4kR7sT1vW3zA5bC6dE0gH-iJ_kLmNoPq'],
    ['a token after its label without a colon', 'curl it with token abcd1234efgh5678', 'abcd1234efgh5678'],
    ['a social security number in a roster', 'name,ssn,plan\nDana Ortiz,524-71-9038,PPO', '524-71-9038'],
    // A text message puts the code first.
    ['a one-time code written first', 'SMS from AcmeBank: 482913 is your AcmeBank verification code. Do not share it.', '482913'],
    ['a one-time code with a letter prefix', 'G-517204 is your Google verification code.', '517204'],
    // A private key's body without its armour lines (the first wrapped line is what is found).
    ['an OpenSSH private key body', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACB', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'],
    ['a PKCS#1 RSA private key body', 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6aN2XvTTkHqL1zxtU7lO2Sf9a\nmore', 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6aN2XvTTkHqL1zxtU7lO2Sf9a'],
    ['a PKCS#8 private key body', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7VJTUt9Us8cKj', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7VJTUt9Us8cKj'],
    // More vendors' documented formats (secrets.ts SEPARATED and FORMATS).
    ['a Stripe webhook signing secret', 'STRIPE_WEBHOOK_SECRET=whsec_etB7pYCsq3YJgV371FlDHi6YTeTxUkAU', 'whsec_etB7pYCsq3YJgV371FlDHi6YTeTxUkAU'],
    ['a Shopify admin API token', 'X-Shopify-Access-Token: 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', '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'],
    ['a DigitalOcean personal access token', 'DIGITALOCEAN_TOKEN=dop_v1_c3dafbb650a909faea159a3a1b30c05453d339c721f25fb638d68d2b5c564720', 'dop_v1_c3dafbb650a909faea159a3a1b30c05453d339c721f25fb638d68d2b5c564720'],
    ['a Linear API key', 'LINEAR_API_KEY=lin_api_1hLzW731hJNkL72rVHZJyAWoS5XguvtStr8bTfzU', 'lin_api_1hLzW731hJNkL72rVHZJyAWoS5XguvtStr8bTfzU'],
    ['a Grafana service account token', 'GRAFANA_TOKEN=glsa_FHUxJ1PgmmnQ5XA9JrxX86Mp0IznRWeB_399765a5', 'glsa_FHUxJ1PgmmnQ5XA9JrxX86Mp0IznRWeB_399765a5'],
    ['a Sentry organization token', 'SENTRY_AUTH_TOKEN=sntrys_Wrjwte39yWW9OCuI5918Ty9RHCK0VTKAVfIc5oHG5LCKZ0cP8Vilzur40qRmBzfYEf3W39uErsf8dgIc', 'sntrys_Wrjwte39yWW9OCuI5918Ty9RHCK0VTKAVfIc5oHG5LCKZ0cP8Vilzur40qRmBzfYEf3W39uErsf8dgIc'],
    ['a Postman API key', 'POSTMAN_API_KEY=PMAK-af6090a85ac469ad4171b664-08b67bf0b42d3979eea60656d48f73e510', 'PMAK-af6090a85ac469ad4171b664-08b67bf0b42d3979eea60656d48f73e510'],
    ['a Figma token', 'FIGMA_TOKEN=figd_uD4Mb3gIy2zh3uaH8RsYgR4kalzSqctWWth9NiDf', 'figd_uD4Mb3gIy2zh3uaH8RsYgR4kalzSqctWWth9NiDf'],
    ['a Notion integration token', 'NOTION_TOKEN=ntn_R95CFXyuZYYFhidFjKD8b5A6yTTXKwMMUcGGAKLnxbzLDJ', 'ntn_R95CFXyuZYYFhidFjKD8b5A6yTTXKwMMUcGGAKLnxbzLDJ'],
    ['a PyPI upload token', 'password = pypi-AgEIcHlwaS5vcmcpjmRqlsqGu3KNA9iYPVT0auzTrVO8FYQEkqDnDfl0WLRwLL38JNflufkyP1r', 'pypi-AgEIcHlwaS5vcmcpjmRqlsqGu3KNA9iYPVT0auzTrVO8FYQEkqDnDfl0WLRwLL38JNflufkyP1r'],
    ['a Square access token', 'SQUARE_ACCESS_TOKEN=sq0atp-KJK9ayQfsRiEtvyJbflAMI', 'sq0atp-KJK9ayQfsRiEtvyJbflAMI'],
    ['a Slack app-level token', 'SLACK_APP_TOKEN=xapp-1-A0ELQABMYVX-0439014666368-c7321c2791c8688675fbc2bf211a95f7414c6a2a09e7becd948819e15c33dd6b', 'xapp-1-A0ELQABMYVX-0439014666368-c7321c2791c8688675fbc2bf211a95f7414c6a2a09e7becd948819e15c33dd6b'],
    ['a Vault token', 'export VAULT_TOKEN=hvs.uy03lsk4Xa1x8UfjwZDYq7YC', 'hvs.uy03lsk4Xa1x8UfjwZDYq7YC'],
    ['an Atlassian API token', 'JIRA_API_TOKEN=ATATT3u1stGXSPPTptwK4JZNuT2lb1RQ2W82XhqH7BOeRQGiZxVE4xDStxxHslfShSA0BdVusQocXgcsYfoLHS7EoRkv1vFqsgrnFUcO9f00ooIPXRVBTQQv5jTJMOJhgUKnDxknJvazPjF0vgTXVfwPcB6Hxi5RZEVhPDqQzfcIOssY0ENkXsPCPA', 'ATATT3u1stGXSPPTptwK4JZNuT2lb1RQ2W82XhqH7BOeRQGiZxVE4xDStxxHslfShSA0BdVusQocXgcsYfoLHS7EoRkv1vFqsgrnFUcO9f00ooIPXRVBTQQv5jTJMOJhgUKnDxknJvazPjF0vgTXVfwPcB6Hxi5RZEVhPDqQzfcIOssY0ENkXsPCPA'],
    ['a Telegram bot token', 'bot token 7012345678:AA4KzsqiV8ofGp03BPSTu6DX4v9W26CYJJq', '7012345678:AA4KzsqiV8ofGp03BPSTu6DX4v9W26CYJJq'],
    // A session cookie signs its holder in as the user.
    ['a session cookie in a cookie jar', '[{"name":"session_id","value":"s%3AhG7qX2mL9vT4nR8wK1cZ5yB3dF6j.P0aE","domain":"shop.example"}]', 's%3AhG7qX2mL9vT4nR8wK1cZ5yB3dF6j.P0aE'],
    ['a session cookie in a header', 'Cookie: theme=dark; JSESSIONID=8F3A2B9C1D4E5F60718293A4B5C6D7E8', '8F3A2B9C1D4E5F60718293A4B5C6D7E8'],
    ['a session token in JSON', '{"sessionToken": "eyJhbGciOiJIUzI1NiJ9.u7Xq2mR9"}', 'eyJhbGciOiJIUzI1NiJ9.u7Xq2mR9'],
    // A domain's transfer code moves the domain to whoever holds it.
    ['a domain transfer (EPP) code', '{"domain": "shoplane.example", "auth_code": "Zt8#qW2m!Lp9"}', 'Zt8#qW2m!Lp9'],
    ['an EPP code in prose', 'Your EPP code: aB3$kL9!xQ', 'aB3$kL9!xQ'],
  ])('finds %s', (_name, text, secret) => {
    expect(found(text)).toContain(secret);
  });

  it.each([
    ['a Stripe publishable key (public by design)', 'pk_live_51HqLyjWDarjtT1zdp7dcXYZ'],
    ['a table whose columns name no secret, and a secret column left empty or masked', 'model,tokens,cost\ngpt-4o,1200,0.01\nname,password\nbob,********'],
    ['an "auth" field that holds no login (a flag, a random id)', '{"auth": "dHJ1ZQ==", "session": {"auth":"YWJjZGVmZ2hpamtsbW5vcA=="}}'],
    ['a URL without a password, and one with a placeholder', 'See https://docs.example.com/setup and postgres://app:${DB_PASSWORD}@db:5432/prod or mysql://root:****@localhost/test'],
    ['a word after a label', 'Click here for a password reset. The token system is down.'],
    ['configuration names that end in a label word but hold no secret', 'PASSWORD_RESET_URL=https://id.example.com/reset\nMAX_TOKENS=4096\nTOKEN_EXPIRY_SECONDS=3600\nGITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}'],
    // A coding agent's task ("pin python-dateutil", fetched from PyPI) once raised "secret sent out" on every delegation that named the package.
    ['"pin" the verb, with a package and a version', 'Pin python-dateutil to the current release and pin numpy to 1.26.4.'],
    ['a label in a compound word', 'The password-protected archive uses token-based auth; see the secret-santa list.'],
    ['a URL slug that starts like a key', 'See https://news.example/sk-hynix-memory-prices-2024-update and /sk-internationalization-guide-2024'],
    ['a label and a hyphenated word with nothing between', 'The api key rotation-policy and the secret ingredient-list apply.'],
    ['an email address (user@host, no scheme)', 'Write to anna.smith@corp.example.com'],
    // A certificate and a public key are no private key; a number that is not a code.
    ['a certificate body and an SSH public key', 'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZ5 deploy@ci'],
    ['a number that is your order', 'Order 48291 is your order number for the Acme store.'],
    ['16 digits whose check digit fails, and four groups inside an IBAN', 'Order 4556 7375 8689 9856 shipped. Pay to DE75 5121 0800 1245 1261 99.'],
    ["a phone's IMEI (15 digits, the same check digit, not an Amex range)", 'IMEI: 356938035643809'],
    ['prose mentioning the formats', 'Stripe keys start with sk_live_ and GitHub tokens with ghp_.'],
    ['prose mentioning the other formats', 'Stripe signing secrets start with whsec_, Shopify tokens with shpat_, Vault tokens with hvs. and Postman keys with PMAK-; set lin_api_key in the env_file.'],
    ['published test card numbers and sample social security numbers', 'Stripe test 4242 4242 4242 4242, Braintree 4111 1111 1111 1111, Mastercard 5555 5555 5555 4444; forms show 123-45-6789 and the wallet card 078-05-1120.'],
    ['numbers shaped like a social security number but not one (a phone, a date, ranges never issued, a longer code)', 'Call 415-555-0132 on 2026-03-14; refs 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567, 123-45-0000, A-123-45-6789-B1'],
    ['where a secret is kept, after a label (a Vault path, a secrets-manager name)', 'New secret: secret/data/staging/db v14. The token is at prod/payments/stripe-key.'],
    ['a session that is a meeting, a count or a slug', 'Session: Tuesday-afternoon-keynote-track. session_id: 3; session = introduction-to-graphs'],
    ['words after a transfer code label', 'The transfer code process is explained in the registrar FAQ; auth-codes are described there.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('servesSecret and secretReadByName', () => {
  it("takes a company's own GitLab or GitHub Enterprise host as the key's service, not a lookalike", () => {
    expect(servesSecret('glpat-zSY7Pi0BfkzUUixXVvqd', 'gitlab.acme.io')).toBe(true);
    expect(servesSecret('glpat-zSY7Pi0BfkzUUixXVvqd', 'gitlab.com')).toBe(true);
    expect(servesSecret('glpat-zSY7Pi0BfkzUUixXVvqd', 'gitlab-verify.example')).toBe(false);
    expect(servesSecret('whsec_qODtLMulxluWx2MqtYygX0bKRVitGoPZ', 'api.stripe.com')).toBe(true);
    expect(servesSecret('whsec_qODtLMulxluWx2MqtYygX0bKRVitGoPZ', 'webhook.site')).toBe(false);
    expect(servesSecret('ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'github.corp.example')).toBe(true);
    expect(servesSecret('sk_live_51Xto', 'gitlab.acme.io')).toBe(false);
  });

  it('reads a credential by the name a call asks for, not by a word in the text a call carries, and never a link', () => {
    expect(secretReadByName('{"name":"CDN_API_TOKEN"}', 'cdn_9f8e7d6c5b4a')).toBe('cdn_9f8e7d6c5b4a');
    const log = JSON.stringify({ title: 'crash log (redacted)', content: `config loaded: {"slack_token":"[REDACTED]"}\n${'x'.repeat(200)}` });
    expect(secretReadByName(log, 'Lm4t9Qa2xK7p')).toBeUndefined();
    expect(secretReadByName('{"name":"PASTE_TOKEN"}', 'https://pastebin.com/Lm4t9Qa2')).toBeUndefined();
  });
});

describe('the label search at the words the instruction scan found', () => {
  // Every label of LABEL_BODY, in the forms a text writes it, with a value: the search at the scan's words must find
  // what the regex pass finds (SECRET_LABEL_WORDS kept in step with the labels).
  const labels = [
    'password', 'Passwd', 'passphrase', 'passcode', 'Passwort', 'Kennwort', 'contraseña', 'contrasena', 'mot de passe', 'API key', 'api_key', 'api-key',
    'apikey', 'aws_secret_access_key', 'secret_access_key', 'secret access key', 'client secret', 'client_secret', 'secret', 'secret key',
    'access token', 'auth token', 'token', 'security code', 'verification code', 'one-time code', 'OTP', 'recovery codes', 'backup code',
    '2FA code', 'MFA codes', 'two-factor code', 'authentication code', 'auth code', 'login code', 'reset code', 'access code', 'PIN code', 'PIN',
  ];
  const texts = labels.flatMap((l, i) => [
    `Hi team,\nthe ${l} is Xk9${i}pQ72mZ for the staging box. Rotate it Friday.`,
    `(${l}: "Vq${i}8nB3tL") and more words after it`,
    `no value here: reset your ${l} on the settings page`,
  ]);
  it.each(texts.map((t) => [t]))('finds the same secrets in %s', (text) => {
    noteLabelStarts('', []);
    const regexPass = [...findSecrets(text)].sort();
    scanInstructions(text);
    expect([...findSecrets(text)].sort()).toEqual(regexPass);
  });
});
