/**
 * A sole trader writes "I", "my" and "me" where a firm writes "we", "our" and "us". The English cue
 * phrases that named the controller as "we/our/us" also take the first person singular (found by
 * checking the English notices of the sets again with "we" written as "I": 23 of 117 read
 * differently, now 2). The sentences are written for these tests.
 */
import { joinLines, runCases } from './helpers';

const me = (...lines: string[]): string => joinLines('# Privacy notice', '', 'This page explains what I do with your information and why.', '', ...lines);

describe('English cues in the first person singular', () => {
  runCases('en', [
    { name: '"ask me to limit how I use it" is the right to restriction', id: 'right-restriction', expected: 'present', text: me('## Your rights', '', 'You can ask me to limit how I use your information while you check it.') },
    { name: '"ask us to limit how we use it" still is', id: 'right-restriction', expected: 'present', text: me('## Your rights', '', 'You can ask us to limit how we use your information while you check it.') },
    { name: '"as long as I am required to" is a statutory period', id: 'retention', expected: 'present', text: me('## Records', '', 'I keep your records for as long as I am required to.') },
    { name: '"so my team can ..." states a purpose', id: 'purposes', expected: 'present', text: me('## Cameras', '', 'Every room has a camera so my game hosts can watch the game and give you clues.') },
    { name: '"if you give me permission" is consent', id: 'legal-basis', expected: 'present', text: me('## Sharing', '', 'I only share your notes with your GP if you give me permission.') },
    { name: '"I only share" with no condition is no basis', id: 'legal-basis', expected: 'missing', text: me('## Sharing', '', 'I only share your notes with your GP.') },
  ]);
});
