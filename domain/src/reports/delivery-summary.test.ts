import { deliverySummary } from './delivery-summary';

describe('deliverySummary', () => {
  it('counts outbound messages a provider was asked to send, and how far they got', () => {
    const summary = deliverySummary([
      { direction: 'OUTBOUND', status: 'SENT', count: 2 },
      { direction: 'OUTBOUND', status: 'DELIVERED', count: 3 },
      { direction: 'OUTBOUND', status: 'READ', count: 1 },
      { direction: 'OUTBOUND', status: 'RESPONDED', count: 1 },
      { direction: 'OUTBOUND', status: 'FAILED', count: 1 },
      // Not sent: waiting, withdrawn, or a logged call; and inbound replies.
      { direction: 'OUTBOUND', status: 'SCHEDULED', count: 5 },
      { direction: 'OUTBOUND', status: 'QUEUED', count: 5 },
      { direction: 'OUTBOUND', status: 'CANCELLED', count: 5 },
      { direction: 'OUTBOUND', status: 'LOGGED', count: 5 },
      { direction: 'INBOUND', status: 'RESPONDED', count: 5 },
    ]);
    // sent = 2 + 3 + 1 + 1 + 1 = 8; delivered = 3 + 1 + 1 = 5; read = 1 + 1 = 2; responded 1; failed 1.
    expect(summary).toEqual({
      sent: 8,
      delivered: 5,
      read: 2,
      responded: 1,
      failed: 1,
      deliveryRate: 62.5, // 5/8
      readRate: 25, // 2/8
      responseRate: 12.5, // 1/8
      failureRate: 12.5, // 1/8
    });
  });

  it('has no rates when nothing was sent', () => {
    expect(deliverySummary([{ direction: 'INBOUND', status: 'LOGGED', count: 2 }])).toMatchObject({ sent: 0, deliveryRate: null, responseRate: null });
  });
});
