import nodemailer from 'nodemailer';
import type { Mailer } from './types.js';

export interface SmtpOptions {
  readonly host: string;
  readonly port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure?: boolean;
  readonly user?: string;
  readonly password?: string;
  /** The From address, e.g. `蓝图 <lantu@example.gov.cn>`. */
  readonly from: string;
  /** For a local test server with a self-signed certificate. @default false */
  readonly allowSelfSigned?: boolean;
}

/** A Mailer over SMTP through nodemailer. */
export function smtpMailer(options: SmtpOptions): Mailer {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? false,
    ...(options.user === undefined
      ? {}
      : { auth: { user: options.user, pass: options.password ?? '' } }),
    ...(options.allowSelfSigned === true ? { tls: { rejectUnauthorized: false } } : {}),
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    },
  };
}
