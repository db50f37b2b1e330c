// SMS through Amazon SNS: a direct publish to a phone number, as a transactional message.
import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import type { Channel, OutboundMessage, ProviderReceipt } from './channel';
import { classifyProviderError } from './provider-errors';

export interface SmsChannelOptions {
  /** Alphanumeric sender id, where the destination country supports one. */
  senderId?: string;
}

export class SmsChannel implements Channel {
  constructor(
    private readonly sns: SNSClient,
    private readonly options: SmsChannelOptions = {},
  ) {}

  async send(message: OutboundMessage): Promise<ProviderReceipt> {
    const attributes: Record<string, MessageAttributeValue> = {
      'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
    };
    if (this.options.senderId) attributes['AWS.SNS.SMS.SenderID'] = { DataType: 'String', StringValue: this.options.senderId };
    try {
      const result = await this.sns.send(new PublishCommand({ PhoneNumber: message.to, Message: message.text, MessageAttributes: attributes }));
      if (!result.MessageId) throw new Error('SNS accepted the message but returned no MessageId');
      return { provider: 'sns', providerMessageId: result.MessageId };
    } catch (error) {
      throw classifyProviderError('sns', error);
    }
  }
}
