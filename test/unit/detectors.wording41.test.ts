/**
 * Consent told to a group of readers ("jullie": the parents of a class, the members of a club), as the Dutch
 * table read it for "u", "je" and "jouw": "alleen met jullie toestemming", "wij gaan uit van ... " and the
 * basis "is jullie toestemming"; each beside its near miss ("met jullie hulp" asks for help, not for consent).
 * acc-nl6 noticed the gap while writing a test. The sentences are written for these tests.
 */
import { joinLines, NL, runCases, type Case } from './helpers';

const notice = (...lines: string[]): string => joinLines('# Privacyverklaring', '', NL, ...lines);

describe('Dutch consent told to "jullie"', () => {
  runCases('nl', [
    { name: '"Foto\'s van de kinderen plaatsen we alleen met jullie toestemming" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('We noteren de naam van elk kind en het telefoonnummer van een ouder.', '', 'Foto\'s van de kinderen plaatsen we alleen met jullie toestemming op de website.') },
    { name: '"De grondslag is jullie uitdrukkelijke toestemming" names consent as the ground', id: 'right-withdraw-consent', expected: 'missing', text: notice('We noteren de naam van elk kind en het telefoonnummer van een ouder.', '', 'We zetten foto\'s op de website. De grondslag voor die foto\'s is jullie uitdrukkelijke toestemming.') },
    { name: '"met jullie hulp" does not', id: 'right-withdraw-consent', expected: 'not-applicable', text: notice('We noteren de naam van elk kind en het telefoonnummer van een ouder.', '', 'Het schoolfeest organiseren we alleen met jullie hulp.') },
  ] satisfies Case[]);
});
