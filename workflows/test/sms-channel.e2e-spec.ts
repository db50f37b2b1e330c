// The SMS channel with the real SNS client, against moto (started by `npm test`); sent SMS read back from moto.
// moto keeps the number, the text and the message id of a direct publish, not its SMS attributes
// (SMSType, SenderID), so those are not asserted here.
import { randomUUID } from 'node:crypto';
import { ProviderRejection, type OutboundMessage } from '../src/channels/channel';
import { createSnsClient } from '../src/channels/aws-clients';
import { SmsChannel } from '../src/channels/sms.channel';
import { sentSmsTo, standIns, uniquePhone } from './support/channel-stand-ins';

const { motoUrl, config } = standIns();

function sms(to: string): OutboundMessage {
  return { communicationId: randomUUID(), hospitalId: randomUUID(), channel: 'SMS', to, text: `City General: your visit is confirmed (${randomUUID()})` };
}

describe('SmsChannel (SNS through moto)', () => {
  const channel = new SmsChannel(createSnsClient(config), { senderId: 'CITYGEN' });

  it('publishes the text to the phone number', async () => {
    const message = sms(uniquePhone());
    const receipt = await channel.send(message);
    expect(receipt.provider).toBe('sns');
    expect(await sentSmsTo(motoUrl, message.to)).toEqual([{ message_id: receipt.providerMessageId, phone_number: message.to, message: message.text }]);
  });

  it('refuses for good a number SNS does not accept (InvalidParameter)', async () => {
    const sent = channel.send(sms('+0 not a number'));
    await expect(sent).rejects.toBeInstanceOf(ProviderRejection);
    await expect(sent).rejects.toMatchObject({ provider: 'sns', code: 'InvalidParameter', reason: expect.stringMatching(/E164/) });
  });
});
