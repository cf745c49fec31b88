/**
 * English wordings met in session 20's round of invented notices (an independent pharmacy's
 * leaflet, a removals firm's page, a sole-trader translator's note), each beside its near miss:
 * the consequence of not giving data said with "without" first ("Without your phone number we
 * can't book the visit"), the contract as the job the reader asked for ("to do the work you've
 * asked us to do"), portability as "a normal file format", and a retention criterion set by a
 * body the notice names ("for as long as HMRC tells us to"); then, from a local history society's oral
 * history project written after those fixes, an archive deposit ("deposited with the county record
 * office"), the end of a project as the retention criterion ("deleted once the project ends"), access
 * as listening to a recording or reading one's notes, and "tell us about any mistakes" as
 * rectification; and, from a members' karate club written after the second fixes, consent asked as
 * "whether that's OK", "If you won't give us ..." as the consequence of not giving data, and "as
 * long as we can" as no period. The sentences are written for these tests.
 */
import { EN, joinLines, runCases, type Case } from './helpers';

describe('Session 20 English wordings', () => {
  const cases: Case[] = [
    // the consequence of not giving data, "without" first
    { name: '"Without your phone number we can\'t book the visit" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Your details', '', EN, 'We take your name, address and phone number to arrange the survey. Without your phone number we can\'t book the visit.') },
    { name: '"Without a delivery address, I cannot post the parcel" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Orders', '', EN, 'I use your name and address to send what you ordered. Without a delivery address, I cannot post the parcel.') },
    { name: '"Without an email address we won\'t open the account" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Joining', '', EN, 'We use your details to run your membership. Without an email address we won\'t open the account.') },
    { name: '"Without your consent we can\'t post photos" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Photos', '', EN, 'We use photos of classes on our noticeboard. Without your consent we can\'t post photos of your child.') },
    { name: '"Without a fixed address, we can still help" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Your details', '', EN, 'We use your name and phone number to arrange support. If you are without a fixed address, we can still help.') },
    // the contract as the job the reader asked for
    { name: '"so we can do the work you\'ve asked us to do" is a contract', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'We use your address and phone number so we can do the work you\'ve asked us to do.') },
    { name: '"Handling your files is part of doing the job you asked me for" is one', id: 'legal-basis', expected: 'present', text: joinLines('## Why?', '', EN, 'I read your documents to translate them. Handling your files is part of doing the job you asked me for.') },
    { name: '"We finish the job you booked on time" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Why?', '', EN, 'We use your phone number to remind you of the day. We always finish the job you booked on time.') },
    { name: '"do the job you\'ve asked about" is not', id: 'legal-basis', expected: 'missing', text: joinLines('## Why?', '', EN, 'We use your email to reply. We will tell you if we can do the job you\'ve asked about.') },
    // portability in plain words
    { name: '"send your files to you or another firm in a normal file format" is portability', id: 'right-portability', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your data. You can also ask me to send your files to you or another firm in a normal file format.') },
    { name: '"in a standard format" is portability', id: 'right-portability', expected: 'present', text: joinLines('## Your rights', '', EN, 'You have the right to see your data, and to get the data you gave us in a standard format.') },
    { name: '"Invoices are saved in a standard file format" outside the rights is not', id: 'right-portability', expected: 'missing', text: joinLines('## How we store it', '', EN, 'Invoices are saved in a standard file format on our laptop. You can ask for a copy of your data.') },
    // a retention criterion set by a named body
    { name: '"for as long as the NHS tells us to keep them" is a criterion', id: 'retention', expected: 'present', text: joinLines('## How long', '', EN, 'We use your records to give you care. Patient records are kept for as long as the NHS tells us to keep them.') },
    { name: '"as long as HMRC requires" is one', id: 'retention', expected: 'present', text: joinLines('## How long', '', EN, 'We use your details to invoice you. Invoices are kept as long as HMRC requires.') },
    { name: '"as long as the club tells us to" is not', id: 'retention', expected: 'missing', text: joinLines('## How long', '', EN, 'We use your details to run the team. Team sheets are kept as long as the club tells us to.') },
    { name: '"for as long as the NHS tells us" leaves no vague period', id: 'vague-retention', expected: 'none', text: joinLines('## How long', '', EN, 'We use your records to give you care. Patient records are kept for as long as the NHS tells us to keep them.') },
    // an archive deposit names a recipient
    { name: '"Copies are deposited with the county record office" names a recipient', id: 'recipients', expected: 'present', text: joinLines('## Where it goes', '', EN, 'We record your interview for the project. Copies of the recordings are deposited with the county record office.') },
    { name: '"The minutes are lodged with the diocese" names one', id: 'recipients', expected: 'present', text: joinLines('## Where it goes', '', EN, 'We use your name in the minutes of the meeting. The minutes are lodged with the diocese each year.') },
    { name: '"We deposit the takings in the bank" does not', id: 'recipients', expected: 'missing', text: joinLines('## Where it goes', '', EN, 'We use your name to book your table. We deposit the takings in the bank each Friday.') },
    // the end of a project or study as the retention criterion
    { name: '"deleted once the project ends" is a criterion', id: 'retention', expected: 'present', text: joinLines('## How long', '', EN, 'We use your email to arrange the interview. Your email is deleted once the project ends.') },
    { name: '"destroyed after the study" is one', id: 'retention', expected: 'present', text: joinLines('## How long', '', EN, 'We use your answers for the survey. Consent forms are destroyed after the study is written up.') },
    { name: '"Once the project ends we throw a party" is not', id: 'retention', expected: 'missing', text: joinLines('## The project', '', EN, 'We use your email to arrange the interview. Once the project ends we throw a party for everyone.') },
    // access and rectification said of recordings and transcripts
    { name: '"you\'re welcome to listen to your recording" is access', id: 'right-access', expected: 'present', text: joinLines('## Your rights', '', EN, 'You\'re welcome to listen to your recording at any time.') },
    { name: '"you can read your notes" is access', id: 'right-access', expected: 'present', text: joinLines('## Your rights', '', EN, 'We use your details to book sessions. You can read your notes whenever you like.') },
    { name: '"Our volunteers listen to your recording" is not', id: 'right-access', expected: 'missing', text: joinLines('## The interview', '', EN, 'We record the interview. Our volunteers listen to your recording to type it up.') },
    { name: '"tell us about any mistakes in it" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can read the transcript and tell us about any mistakes in it.') },
    { name: '"let us know of errors in your record" is rectification', id: 'right-rectification', expected: 'present', text: joinLines('## Your rights', '', EN, 'You can ask for a copy of your record, and let us know of errors in it.') },
    { name: '"tell us about mistakes" outside the rights is not', id: 'right-rectification', expected: 'missing', text: joinLines('## Feedback', '', EN, 'We use your details to send the newsletter. Tell us about any mistakes in the newsletter so we can improve it.') },
    // consent asked as "whether that's OK" (a members' karate club, written after the second fixes)
    { name: '"We ask parents whether that\'s OK for their child" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We put photos of gradings on our page. We ask parents on the joining form whether that\'s OK for their child.') },
    { name: '"only if it\'s okay with you" is consent', id: 'legal-basis', expected: 'present', text: joinLines('## Photos', '', EN, 'We film some lessons for our page, only if it\'s okay with you.') },
    { name: '"We ask whether that\'s OK to park there" is not consent to a use of data', id: 'legal-basis', expected: 'missing', text: joinLines('## Visits', '', EN, 'We use your address to plan the visit. We will ring and ask if it\'s easy to park there.') },
    // the consequence of not giving data, "if you won't give us"
    { name: '"If you won\'t give us your date of birth we can\'t register you" states the consequence', id: 'statutory-requirement', expected: 'present', text: joinLines('## Joining', '', EN, 'We use your details to run the club. If you won\'t give us your date of birth we can\'t register you.') },
    { name: '"If you will not share an email, we can\'t send the tickets" does', id: 'statutory-requirement', expected: 'present', text: joinLines('## Orders', '', EN, 'We use your email to send tickets. If you will not share an email, we can\'t send the tickets.') },
    { name: '"If you won\'t be in, we leave the parcel with a neighbour" does not', id: 'statutory-requirement', expected: 'missing', text: joinLines('## Orders', '', EN, 'We use your address to deliver. If you won\'t be in, we leave the parcel with a neighbour.') },
    // "as long as we can" is no period
    { name: '"we keep grading records as long as we can" is vague', id: 'vague-retention', expected: 'problem', text: joinLines('## Keeping it', '', EN, 'We use your details to run the club. We keep grading records as long as we can.') },
    { name: '"We keep them for two years after you leave" is not', id: 'vague-retention', expected: 'none', text: joinLines('## Keeping it', '', EN, 'We use your details to run the club. We keep them for two years after you leave.') },
  ];
  runCases('en', cases);
});
