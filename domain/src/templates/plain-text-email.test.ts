import { plainTextToEmailHtml } from './plain-text-email';

describe('plainTextToEmailHtml', () => {
  it('escapes markup so a typed "<" cannot become HTML', () => {
    expect(plainTextToEmailHtml('Fasting <8h> & water only')).toBe('<p>Fasting &lt;8h&gt; &amp; water only</p>');
  });

  it('makes paragraphs of blank-line separated blocks and keeps line breaks', () => {
    expect(plainTextToEmailHtml('Dear Asha,\n\nYour reports are ready.\nCollect them at desk 3.\n')).toBe(
      '<p>Dear Asha,</p>\n<p>Your reports are ready.<br>Collect them at desk 3.</p>',
    );
  });
});
