/**
 * English wordings met in session 19's invented notices (a family funeral director's, a
 * community radio station's, a private hire firm's), each beside its near miss: "If we can't
 * sort it out you can contact the ICO", "kept ... for many years", "stay on record after you
 * leave in case we need them", a heading "Who we pass it to", "The council's licence conditions
 * make us keep this booking record"; and from the two written after those fixes (a riding school,
 * a community-owned village shop): "we always check with riders (or their parents) before anyone's
 * picture goes up", "If something is out of date, ... we'll sort it", "The law says we must keep a
 * register of members"; and from the two written after those (a café's page for job applicants, a
 * hospice shop's Retail Gift Aid leaflet): "We're legally required to", "if you can't show it we
 * can't offer you the job", "hang on to your CV", "bin it", "see what we've kept", "no software
 * picking people out", "let us know ... so we can update our records", a footer's "© ..." part;
 * and from the two written after all those (a neighbourhood watch, a club lotto's Q:/A: page):
 * "Can I see what you have", "take you off the list". The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 19 English wordings', () => {
  const cases: Case[] = [
    // a complaint to the authority after "if we can't sort it out"
    { name: '"If we can\'t sort it out you can contact the ICO" is a complaint', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details by emailing the secretary. If we can\'t sort it out you can contact the ICO.') },
    { name: '"If we cannot resolve it between us, you can write to the Information Commissioner\'s Office" is one', id: 'right-complaint', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details by emailing the secretary. If we cannot resolve it between us, you can write to the Information Commissioner\'s Office.') },
    { name: '"If we can\'t sort it out by phone, please write to us" is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details by emailing the secretary. If we can\'t sort it out by phone, please write to us.') },
    { name: '"We follow the ICO\'s guidance on CCTV" is not', id: 'right-complaint', expected: 'missing', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your details by emailing the secretary. We follow the ICO\'s guidance on CCTV.') },
    // "for many years" / "for several years" as a vague period
    { name: '"Application forms are kept in the office for many years" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## How long we keep things', '', EN, 'We use your form to arrange the service. Application forms are kept in the office for many years.') },
    { name: '"Old rotas are stored for several years" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## How long we keep things', '', EN, 'We use your details to plan the rota. Old rotas are stored for several years.') },
    { name: '"Application forms are kept for six years" is not', id: 'vague-retention', expected: 'none', text: joinLines('## How long we keep things', '', EN, 'We use your form to arrange the service. Application forms are kept for six years.') },
    { name: '"We have been in business for many years; we keep invoices for six years" is not', id: 'vague-retention', expected: 'none', text: joinLines('## How long we keep things', '', EN, 'We have been in business for many years; we keep invoices for six years.') },
    // an ending event followed by "in case we need them" ends nothing
    { name: '"Member files stay on our system after you leave in case we need them" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## How long?', '', EN, 'We use your details to run the club. Member files stay on our system after you leave in case we need them.') },
    { name: '"We keep your records after you finish the course, just in case we need them again" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## How long?', '', EN, 'We use your details to run the course. We keep your records after you finish the course, just in case we need them again.') },
    { name: '"We keep your records until you finish the course" is not', id: 'vague-retention', expected: 'none', text: joinLines('## How long?', '', EN, 'We use your details to run the course. We keep your records until you finish the course.') },
    { name: '"Give us an emergency contact in case we need to reach someone" is not', id: 'vague-retention', expected: 'none', text: joinLines('## How long?', '', EN, 'We delete your form after the course ends. Give us an emergency contact in case we need to reach someone.') },
    // "pass it to" / "pass them to" names a disclosure
    { name: 'a heading "Who we pass it to" over the recipients names them', id: 'recipients', expected: 'present', text: joinLines('## What we use it for', '', EN, 'We use your details to arrange the wedding.', '', '## Who we pass it to', '', 'Only the people involved on the day: the venue, the caterer and the band.') },
    { name: '"We pass them to the caterer and the band" names them', id: 'recipients', expected: 'present', text: joinLines('## What we use it for', '', EN, 'We use your details to arrange the wedding. We pass them to the caterer and the band so they know the timings.') },
    { name: '"Please pass the form back to the office" does not', id: 'recipients', expected: 'missing', text: joinLines('## What we use it for', '', EN, 'We use your details to arrange the wedding. Please pass the form back to the office when it is signed.') },
    // a licence's conditions as the legal obligation
    { name: '"Our licence conditions require us to keep a record of every booking" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Bookings', '', EN, 'We take your name and pick-up address to send a car. Our licence conditions require us to keep a record of every booking.') },
    { name: '"as the council\'s licensing rules require" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Bookings', '', EN, 'We take your name and pick-up address to send a car, and we log each job, as the council\'s licensing rules require.') },
    { name: '"The council\'s licence conditions make us keep a record of every journey" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Bookings', '', EN, 'We take your name and pick-up address to send a car. The council\'s licence conditions make us keep a record of every journey.') },
    { name: '"Data protection law makes us responsible for your details" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Bookings', '', EN, 'We take your name and pick-up address to send a car. Data protection law makes us responsible for your details.') },
    { name: '"Bookings are kept for 12 months, as our licence conditions require" grounds the period, not the processing', id: 'legal-basis', expected: 'missing', text: joinLines('## Bookings', '', EN, 'We take your name and pick-up address to send a car. Bookings are kept for 12 months, as our licence conditions require.') },
    // consent asked before a picture goes up
    { name: '"we always check with riders (or their parents) before anyone\'s picture goes up" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We put pictures of shows on our Facebook page, but we always check with riders (or their parents) before anyone\'s picture goes up.') },
    { name: '"we ask the players before any photos are posted" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'Match photos go on the club website, and we ask the players before any photos are posted.') },
    { name: '"we check with the venue before the day" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Photos', '', EN, 'We take photos at the wedding for your album, and we check with the venue before the day.') },
    // "is out of date, ..., we'll sort it"
    { name: '"If something is out of date, or you want it removed, have a word with us and we\'ll sort it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your info', '', EN, 'We keep your form in the office. If something is out of date, or you want it removed, have a word with the manager and we\'ll sort it.') },
    { name: '"If your address is wrong on the invoice we\'ll fix it" is', id: 'right-rectification', expected: 'present', text: joinLines('## Your info', '', EN, 'We keep your form in the office. If your address is wrong on the invoice we\'ll fix it straight away.') },
    { name: '"If the timetable is out of date, check the website, and we\'ll sort out a refund" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Your info', '', EN, 'We keep your form in the office. If the printed timetable is out of date, check the website, and we\'ll sort out a refund if you miss a bus.') },
    // "The law says we must ..." as a legal obligation
    { name: '"The law says we must keep a register of members" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Members', '', EN, 'We use your address to send out AGM papers. The law says we must keep a register of members with your name and address.') },
    { name: '"The law says that I have to check your ID" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Members', '', EN, 'I use your details to run the sale. The law says that I have to check your ID before I buy scrap metal from you.') },
    { name: '"The law says you can see your records" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Members', '', EN, 'We use your address to send out AGM papers. The law says you can see the register of members at any time.') },
    // "We're legally required to"
    { name: '"We\'re legally required to check this before anyone starts" is a legal obligation', id: 'legal-basis', expected: 'present', text: joinLines('## Right to work', '', EN, 'We ask new staff for a passport or visa. We\'re legally required to check this before anyone starts work.') },
    { name: '"We\'re not legally required to ask, but we do" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Right to work', '', EN, 'We ask new staff for a passport or visa. We\'re not legally required to keep a copy once you have left.') },
    // the consequence: "if you can't show it", "can't ... unless you fill in"
    { name: '"if you can\'t show it we can\'t offer you the job" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Right to work', '', EN, 'We ask new staff for a passport or visa, and if you can\'t show it we can\'t offer you the job.') },
    { name: '"we can\'t add Gift Aid to your items unless you fill in the declaration form" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Gift Aid', '', EN, 'We use your name and postcode to claim Gift Aid. We can\'t add Gift Aid to your items unless you fill in the declaration form.') },
    { name: '"we can\'t call you back unless you email us" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Gift Aid', '', EN, 'We use your name and postcode to claim Gift Aid. The shop is busy on Saturdays, so we can\'t call you back unless you email us.') },
    // "hang on to" and "bin it" as keep words, "bin it" as erasure
    { name: '"we\'ll hang on to your CV for six months" gives a period', id: 'retention', expected: 'present', text: joinLines('## Your CV', '', EN, 'We read your CV to decide who to interview. If you don\'t get the job, we\'ll hang on to your CV for six months.') },
    { name: '"we bin them after the season" gives a criterion', id: 'retention', expected: 'present', text: joinLines('## Your forms', '', EN, 'We use the forms to run the league. We bin them after the season.') },
    { name: '"Please keep your ticket with you" is not ours', id: 'retention', expected: 'missing', text: joinLines('## Your forms', '', EN, 'We use the forms to run the league. Please keep your ticket with you on match days.') },
    { name: '"want us to bin it now? Email us" is erasure', id: 'right-erasure', expected: 'present', text: joinLines('## Questions', '', EN, 'We keep your CV for six months. Want us to bin it now? Email us and we\'ll do it.') },
    // "see what we've kept"
    { name: '"Want to see what we\'ve kept? Email us" is access', id: 'right-access', expected: 'present', text: joinLines('## Questions', '', EN, 'We keep your CV for six months. Want to see what we\'ve kept? Email us and we\'ll send it.') },
    { name: '"See what we\'ve baked this week" is not', id: 'right-access', expected: 'missing', text: joinLines('## Questions', '', EN, 'We keep your CV for six months. Come in and see what we\'ve baked this week.') },
    // "no software picking people out" says whether decisions are automated
    { name: '"there\'s no software picking people out" says no automated decisions', id: 'automated-decisions', expected: 'present', text: joinLines('## What we do with it', '', EN, 'We read every application ourselves, and there\'s no software picking people out.') },
    { name: '"no computer decides who gets a place" does', id: 'automated-decisions', expected: 'present', text: joinLines('## What we do with it', '', EN, 'The committee reads every form; no computer decides who gets a place.') },
    { name: '"our booking software sends reminders" does not', id: 'automated-decisions', expected: 'missing', text: joinLines('## What we do with it', '', EN, 'We read every application ourselves, and our booking software sends you a reminder.') },
    // "let us know ... so we can update our records"
    { name: '"let us know if you move house, change your name or stop paying tax, so we can update our records" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Changes', '', EN, 'We use your postcode to claim Gift Aid. Please let us know if you move house, change your name or stop paying enough tax, so we can update our records.') },
    { name: '"let us know if you are coming so we can update the seating plan" is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Changes', '', EN, 'We use your postcode to claim Gift Aid. Please let us know if you are coming to the dinner so we can update the seating plan.') },
    // a footer's copyright part among links is still a menu line
    { name: 'a footer "[Apply now](…) | [Cookies](…) | © X Ltd, address" says nothing of cookies', id: 'cookies', expected: 'not-applicable', text: joinLines('## Applying', '', EN, 'We use your CV to decide who to interview.', '', '[Apply now](/jobs/apply) | [Cookies](/cookies) | © The Tea Room Ltd, 3 High Street, Ripon HG4 1AA') },
    { name: '"We use cookies | © X Ltd" with a sentence of its own still does', id: 'cookies', expected: 'missing', text: joinLines('## Applying', '', EN, 'We use your CV to decide who to interview. This site uses analytics cookies to count visitors.', '', '[Apply now](/jobs/apply) | © The Tea Room Ltd, 3 High Street, Ripon HG4 1AA') },
    // the reader's own question: "Can I see what you have?"; "take you off the list"
    { name: 'a question line "Q: Can I see what you have or get it changed?" over "Yes" is access', id: 'right-access', expected: 'present', text: joinLines('Q: What do you use my details for?', 'A: To run the weekly draw and pay out prizes.', '', 'Q: Can I see what you have or get it changed?', 'A: Yes, just email the promoter.'), format: 'plaintext' },
    { name: '"Q: Can I find out what you have planned for the season?" is not', id: 'right-access', expected: 'missing', text: joinLines('Q: What do you use my details for?', 'A: To run the weekly draw and pay out prizes.', '', 'Q: Where can I find the fixtures?', 'A: On the noticeboard, with what you have to bring.'), format: 'plaintext' },
    { name: '"We can also take you off the list if you stop playing" under the rights question is erasure', id: 'right-erasure', expected: 'present', text: joinLines('Q: What do you use my details for?', 'A: To run the weekly draw and pay out prizes.', '', 'Q: Can I see what you have?', 'A: Yes, just email the promoter. We can also take you off the list if you stop playing.'), format: 'plaintext' },
    { name: '"Sign up to get on the list for tickets" is not', id: 'right-erasure', expected: 'missing', text: joinLines('Q: What do you use my details for?', 'A: To run the weekly draw and pay out prizes. Sign up at the bar to get on the list for the next draw.'), format: 'plaintext' },
  ];
  runCases('en', cases);
});
