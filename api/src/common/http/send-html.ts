import type { FastifyReply } from 'fastify';

/** A page for a person's browser, never kept by a cache: it shows the state of a signed link. */
export function sendHtml(reply: FastifyReply, status: number, html: string): void {
  void reply.status(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(html);
}
