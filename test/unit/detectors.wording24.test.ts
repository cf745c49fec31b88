/**
 * Wordings met in the English notices written in session 14 (a two-developer open-source SaaS's terse
 * notice, a parish church's notice, a Mastodon instance admin's notice in chatty words), each beside its
 * near miss: processors named only as where a thing goes ("Crash reports ..., which go to Sentry"), "Stripe
 * and Sentry are US companies", a self-service export as access and portability ("export your logs and
 * account data as JSON", "download an archive of all your posts", "take your follows with you if you move
 * to another server"), rectification as "If something's wrong, fix it in Settings", "edit your profile"
 * and "something fixed that you can't fix yourself", "I need an email address and a password to make you
 * an account", and "Just the login cookie"; then, from three notices written after those fixes (a chartered
 * professional body, a Discord gaming community, a research institute's website statement), access as "the right to
 * obtain information about the personal data stored about you" and "Want to know what's in the mod log about you?",
 * and a legal duty named only as the exception to a denied disclosure ("not passed on to third parties, except where
 * we are required to by law"), which states no basis (the rule is in detectors.ts, so Dutch and French cases too);
 * and from an app studio's notice in the shape of the free mobile-app policy generator, consent by use as "If you
 * choose to use our Service, then you agree to ..." and "we cannot guarantee its absolute security" after "providing us
 * your Personal Information", which is no consequence of not providing data; and from a student climbing club's notice,
 * "deleted after each trip", "Your name and membership number go to the BMC" and consent as "because you tell us and you're happy for us to have it".
 * The sentences are written for these tests.
 */
import { EN, FR, NL, joinLines, runCases, type Case } from './helpers';

describe('Session 14 wordings, English', () => {
  const cases: Case[] = [
    { name: '"Crash reports ..., which go to Sentry" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, '- Crash reports from our servers, which go to Sentry and can include your IP address') },
    { name: '"Reminder emails go to your inbox" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, '- Reminder emails go to your inbox the day before, and sometimes to spam.') },
    { name: '"Stripe and Sentry are US companies" is a transfer (with no safeguard)', id: 'transfer-safeguards', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Our servers are in Germany. Stripe and Sentry are US companies.') },
    { name: '"Most of our clients are US companies" is not', id: 'transfer-safeguards', expected: 'not-applicable', text: joinLines('# Privacy', '', EN, 'Our servers are in Germany. Most of our clients are US companies.') },
    { name: '"export your logs and account data as JSON" is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can export your logs and account data as JSON from Settings at any time.') },
    { name: '"export your charts as PNG images" is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can export your charts as PNG images from Settings at any time.') },
    { name: '"export ... as JSON" is portability', id: 'right-portability', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can export your logs and account data as JSON from Settings at any time.') },
    { name: '"download the timetable as a PDF" is not', id: 'right-portability', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can download the timetable as a PDF from Settings at any time.') },
    { name: '"download an archive of all your posts" is portability', id: 'right-portability', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can download an archive of all your posts and media whenever you like.') },
    { name: '"download an archive of past newsletters" is not', id: 'right-portability', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can download an archive of past newsletters whenever you like.') },
    { name: '"take your follows with you if you move to another server" is portability', id: 'right-portability', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can take your follows with you if you move to another server.') },
    { name: '"take your keys with you when you leave" is not', id: 'right-portability', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can take your keys with you when you leave the building.') },
    { name: '"If something\'s wrong, fix it in Settings" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, "If something's wrong, fix it in Settings or drop us an email.") },
    { name: '"If the build is wrong, fix it in your CI config" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, 'If the build is wrong, fix it in your CI config or drop us an email.') },
    { name: '"You can edit your profile any time" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, 'You can edit your profile any time, and delete the whole account.') },
    { name: '"You can edit your photos before posting" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You can edit your photos before posting them.') },
    { name: '"something fixed that you can\'t fix yourself, just message me" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('# Privacy', '', EN, "If you want anything else, like something fixed that you can't fix yourself, just message me.") },
    { name: '"We got something fixed in the app" is not', id: 'right-rectification', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We got something fixed in the app last week.') },
    { name: '"I need an email address and a password to make you an account" says what is needed', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy', '', EN, '- I need an email address and a password to make you an account.') },
    { name: '"I need a new laptop to make you a better website" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, '- I need a new laptop to make you a better website.') },
    { name: '"You must be 16 or over to create an account" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy', '', EN, 'You must be 16 or over to create an account or post comments.') },
    { name: '"Just the login cookie." says no consent is needed', id: 'cookies', expected: 'present', text: joinLines('# Privacy', '', EN, '## Cookies', '', 'Just the login cookie. No analytics, no trackers.') },
    { name: '"We use a login cookie and Google Analytics." does not', id: 'cookies', expected: 'missing', text: joinLines('# Privacy', '', EN, '## Cookies', '', 'We use a login cookie and Google Analytics.') },
    // From the three written after those fixes.
    { name: '"the right to obtain information about the personal data stored about you" is access', id: 'right-access', expected: 'present', text: joinLines('Privacy Statement', '', EN, 'Your rights', 'You have the right to obtain information about the personal data stored about you.') },
    { name: '"the right to obtain information about our research programmes" is not', id: 'right-access', expected: 'missing', text: joinLines('Privacy Statement', '', EN, 'Your rights', 'You have the right to obtain information about our research programmes.') },
    { name: '"Want to know what\'s in the mod log about you? Ask a mod." is access', id: 'right-access', expected: 'present', text: joinLines('# Privacy', '', EN, "Want to know what's in the mod log about you? Ask a mod.") },
    { name: '"Want to know what\'s on this week? Check the events channel." is not', id: 'right-access', expected: 'missing', text: joinLines('# Privacy', '', EN, "Want to know what's on this week? Check the events channel.") },
    { name: '"not passed on to third parties, except where we are required to by law" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your email address to answer your enquiry. It is not passed on to third parties, except where we are required to by law.') },
    { name: '"We never share your data with anyone unless we are required to by law" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We use your email address to answer your enquiry. We never share your data with anyone unless we are required to by law.') },
    { name: '"We share your data with the tax office where the law requires us to" does', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, 'We use your email address to answer your enquiry. We share your data with the tax office where the law requires us to.') },
    // From the app studio's generator-shaped notice written after all those fixes.
    { name: '"If you choose to use our Service, then you agree to the collection ..." infers consent from use', id: 'implied-consent', expected: 'problem', text: joinLines('# Privacy Policy', '', EN, 'If you choose to use our Service, then you agree to the collection and use of information in relation to this policy.') },
    { name: '"If you choose to use our app, you can turn on cloud backup" does not', id: 'implied-consent', expected: 'none', text: joinLines('# Privacy Policy', '', EN, 'If you choose to use our app, you can turn on cloud backup in Settings.') },
    { name: '"we cannot guarantee its absolute security" after "providing us your Personal Information" is no consequence', id: 'statutory-requirement', expected: 'missing', text: joinLines('# Privacy Policy', '', EN, 'We value your trust in providing us your Personal Information. But no method of electronic storage is 100% secure, and we cannot guarantee its absolute security.') },
    { name: '"You provide your name when you book. We cannot take your booking without it." is', id: 'statutory-requirement', expected: 'present', text: joinLines('# Privacy Policy', '', EN, 'You provide your name and phone number when you book. We cannot take your booking without them.') },
    // From a student climbing club's notice written after all those fixes.
    { name: '"Trip forms are deleted after each trip" gives an ending event', id: 'retention', expected: 'present', text: joinLines('# Privacy', '', EN, 'Trip forms are deleted after each trip.') },
    { name: '"We tidy the hut after each trip" does not', id: 'retention', expected: 'missing', text: joinLines('# Privacy', '', EN, 'We tidy the hut after each trip.') },
    { name: '"we only collect it because you tell us and you\'re happy for us to have it" is consent', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', EN, "The medical info is for the trip leader. We only collect it because you tell us and you're happy for us to have it.") },
    { name: '"Your name and membership number go to the BMC" names a recipient', id: 'recipients', expected: 'present', text: joinLines('# Privacy', '', EN, 'Your name and membership number go to the BMC (British Mountaineering Council) for insurance.') },
    { name: '"Your name and number go to the top of the waiting list" does not', id: 'recipients', expected: 'missing', text: joinLines('# Privacy', '', EN, 'Your name and number go to the top of the waiting list.') },
    { name: '"because you\'re happy with the service" is not', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', EN, "The medical info is for the trip leader. Members stay because they're happy with the service.") },
  ];
  runCases('en', cases);
});

describe('Session 14: a legal duty as the exception to a denied disclosure, Dutch and French', () => {
  runCases('nl', [
    { name: '"niet door aan derden, tenzij wij daartoe wettelijk verplicht zijn" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('# Privacy', '', NL, 'Wij gebruiken uw e-mailadres voor de nieuwsbrief. Wij geven uw gegevens niet door aan derden, tenzij wij daartoe wettelijk verplicht zijn.') },
    { name: '"om te voldoen aan een wettelijke verplichting" does', id: 'legal-basis', expected: 'present', text: joinLines('# Privacy', '', NL, 'Wij gebruiken uw e-mailadres voor de nieuwsbrief. Wij bewaren facturen om te voldoen aan een wettelijke verplichting.') },
  ]);
  runCases('fr', [
    { name: '"ne transmettons pas vos données à des tiers, sauf si la loi nous y oblige" states no basis', id: 'legal-basis', expected: 'missing', text: joinLines('# Confidentialité', '', FR, 'Nous utilisons votre adresse e-mail pour la newsletter. Nous ne transmettons pas vos données à des tiers, sauf si la loi nous y oblige.') },
    { name: '"pour respecter nos obligations légales" does', id: 'legal-basis', expected: 'present', text: joinLines('# Confidentialité', '', FR, 'Nous utilisons votre adresse e-mail pour la newsletter. Nous traitons vos factures pour respecter nos obligations légales.') },
  ]);
});
