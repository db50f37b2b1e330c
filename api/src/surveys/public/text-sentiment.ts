import Sentiment from 'sentiment';

// AFINN-165 word list (English); pure JavaScript, kept out of the domain package so the console's bundle stays small.
const analyser = new Sentiment();

/** The analyser's comparative score (sum of word scores per word) of the text, or null for no text. */
export function textSentimentScore(text: string): number | null {
  return text.trim() ? analyser.analyze(text).comparative : null;
}
