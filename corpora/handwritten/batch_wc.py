# ruff: noqa: E501
"""Hand-written narratives, writer wc: occasions and bursts (counting calls, visits and days)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="wc",
    pattern="neighbour_three_abusive_voicemails_in_fifteen_minutes_over_shared_drive", relationship="neighbour", occasions=3,
    text="""\
CAD 0417 22/03 1952HRS
IP MRS ADEBAYO-HOLT CALLING FROM HOME ADDRESS. STATES SUSP (GRAHAM PELLOW, LIVES 2 DOORS DOWN) HAS LEFT 3 VOICEMAILS ON HER MOBILE IN THE LAST 15 MINS RE THE SHARED DRIVE. C/H LISTENED WITH IP ON SPEAKER:
VM1 1931 - CALLS HER A 'STUPID INTERFERING COW', SAYS SHE HAS NO RIGHT TO PARK THERE
VM2 1936 - SHOUTING, MOSTLY UNCLEAR, SWEARING
VM3 1944 - 'PICK UP YOUR PHONE YOU COWARD' AND MORE SWEARING
IP SAYS SHE IS SHAKEN AND FED UP BUT NOT SCARED OF HIM, HE IS 'ALL MOUTH'. NO PREV CALLS RE THIS ADDRESS. IP DOES NOT WANT OFFICERS TONIGHT, HAPPY FOR CALL BACK TOMORROW AM. ADV RE SAVING VMS. GRADE 3.""",
    spans=[
        ("STALK_CONTACT", "HAS LEFT 3 VOICEMAILS ON HER MOBILE"),
        ("REPETITION", "IN THE LAST 15 MINS"),
        ("STALK_CONTACT", "CALLS HER A 'STUPID INTERFERING COW'"),
        ("STALK_CONTACT", "SHOUTING, MOSTLY UNCLEAR, SWEARING"),
        ("STALK_CONTACT", "'PICK UP YOUR PHONE YOU COWARD' AND MORE SWEARING"),
        ("DISTRESS", "SHE IS SHAKEN AND FED UP"),
    ],
)

case(
    2, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="wc",
    pattern="landlord_single_long_argument_one_threat_one_visit", relationship="landlord", occasions=1,
    text="""\
On Saturday 14th June at about 11am my landlord Mr Desmond Okafor came to the flat to talk about the boiler and the rent going up. I let him in. We argued for what must have been well over an hour, first in the kitchen and then out on the landing, because I asked him to leave and he kept stopping on the stairs to carry on. He said I was lying about the damp and that I'd be out by Christmas. At one point on the landing he pointed at me and said 'keep pushing me and you'll get a slap'. He went down still shouting and I heard the front door slam at about ten to one. I have not heard from him since apart from the letting agent emailing about the inspection, which is normal. I was upset for the rest of the day and I want it on record. He has never done anything like this before in the three years I've lived here.""",
    spans=[
        ("THREAT_VIOLENCE", "'keep pushing me and you'll get a slap'"),
        ("DISTRESS", "I was upset for the rest of the day"),
    ],
)

case(
    3, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="wc",
    pattern="ex_partner_nightly_pleading_messages_switches_platform_after_block", relationship="ex_partner", occasions=14,
    text="""\
log for police - started when the pc said write it all down
tues 3 feb - 2 msgs from D after 11pm, 'please just talk to me', 'i cant sleep without you'
wed 4 feb - 1 msg 23.40 same sort of thing
thurs 5 - nothing
fri 6 - 4 msgs between 10 and midnight, saying hes sorry, hes changed, can he come and get his stuff and see me while hes here
sat 7 - voice note, crying
sun 8 to sun 15 - every night at least one, usualy round 11, always begging. told him on the 9th its over, stop messaging me. he said 'i will never stop loving you, ill wait as long as it takes'
mon 16 - blocked him on whatsapp. msgs started coming by normal text insted
thurs 19 - msg on instagram from a new account, same thing
he hasnt threatened me and i dont think he would but i dread my phone going off at night""",
    spans=[
        ("STALK_CONTACT", "2 msgs from D after 11pm"),
        ("STALK_CONTACT", "4 msgs between 10 and midnight"),
        ("STALK_CONTACT", "voice note, crying"),
        ("REPETITION", "every night at least one, usualy round 11"),
        ("UNWANTED", "told him on the 9th its over, stop messaging me"),
        ("FIXATION", "'i will never stop loving you, ill wait as long as it takes'"),
        ("ESCALATION", "msgs started coming by normal text insted"),
        ("STALK_CONTACT", "msg on instagram from a new account"),
        ("DISTRESS", "i dread my phone going off at night"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="wc",
    pattern="acquaintance_six_calls_in_fifteen_minutes_two_answered_with_threats", relationship="acquaintance", occasions=6,
    text="""\
UPDATE 1 - 09/11 2215 PC 4471 WEBB
Attended IP Kieran Moss at home. Susp is Jason TRELOAR, known to IP from 5-a-side, owes or is owed £300 depending who you ask. Between 2140 and 2155 tonight susp rang IP 6 times. IP answered the 2nd call - susp said 'I know where you live, I'm coming round to break your legs'. IP hung up. IP answered the 4th call as well, susp said 'you're a dead man Monday'. Other calls rejected. Call log on IP phone seen and photographed - 6 incoming from susp no. in 15 mins.
IP visibly shaking, has locked doors and asked for a drive-by. States he genuinely thinks Treloar will hurt him, he has seen him fight.
UPDATE 2 - 10/11 0930 PS 2209 LOCKE
Susp arrested at home 0705, interview this pm. Money dispute noted but does not make the calls lawful. Crime confirmed.""",
    spans=[
        ("REPETITION", "Between 2140 and 2155 tonight susp rang IP 6 times"),
        ("THREAT_VIOLENCE", "'I know where you live, I'm coming round to break your legs'"),
        ("THREAT_VIOLENCE", "'you're a dead man Monday'"),
        ("STALK_CONTACT", "6 incoming from susp no. in 15 mins"),
        ("DISTRESS", "IP visibly shaking"),
        ("FEAR_OF_VIOLENCE", "genuinely thinks Treloar will hurt him"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="clean", batch="wc",
    pattern="elderly_neighbour_racist_abuse_three_dates_threat_laughed_off", relationship="neighbour", occasions=3,
    text="""\
Victim (Mr Tariq Javed, 61) lives at 14 Rowan Close. Suspect (Ronald Fenn, 70) lives opposite. The dispute began over wheelie bins left on the pavement, but the conduct reported is as follows. On Monday 2 September suspect shouted across the road at victim 'go back to Pakistan, you don't belong on this street'. On Wednesday 4 September suspect knocked on victim's door and said 'your lot have ruined this country' before walking off. On Saturday 7 September suspect shouted 'P***' at victim while he was washing his car, and added that he would 'knock his block off'. Victim says he is not frightened of suspect, who is frail and walks with a stick, and laughed at the threat, but he is angry and fed up with being spoken to like this in front of his grandchildren. Victim wants suspect dealt with. Suspect interviewed voluntarily, accepts 'words were said' about the bins, denies the rest.""",
    spans=[
        ("RACIAL_HOSTILITY", "'go back to Pakistan, you don't belong on this street'"),
        ("REPETITION", "On Wednesday 4 September"),
        ("RACIAL_HOSTILITY", "'your lot have ruined this country'"),
        ("REPETITION", "On Saturday 7 September"),
        ("RACIAL_HOSTILITY", "shouted 'P***' at victim"),
        ("THREAT_VIOLENCE", "he would 'knock his block off'"),
        ("DISTRESS", "angry and fed up with being spoken to like this"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="wc",
    pattern="stranger_same_bus_every_weekday_for_weeks_victim_stops_using_bus", relationship="stranger", occasions=20,
    text="""\
I catch the 7.42 bus from Hanley Road to work every weekday. From about the second week of January a man I now know to be Lewis Carr started getting on at the same stop. At first I didn't think anything of it. Then he started sitting next to me or directly behind me even when the bus was nearly empty. By the end of January he was there every single morning, and he would also be at the stop when I got off at 5.30, which as far as I know is not on his way anywhere. He has said hello and asked me where I work. Once he said 'you look nice today Hannah', and I have never told him my name. I have seen him take photos of me on his phone when he thinks I'm not looking. He has not threatened me. Since 14 February I have stopped getting the bus altogether. My dad drives me in now and I have changed my hours at work so I finish at 4 and he can pick me up. I feel like I can't go anywhere on my own.""",
    spans=[
        ("STALK_FOLLOW", "started getting on at the same stop"),
        ("STALK_FOLLOW", "sitting next to me or directly behind me even when the bus was nearly empty"),
        ("REPETITION", "every single morning"),
        ("STALK_LOITER", "he would also be at the stop when I got off at 5.30"),
        ("FIXATION", "'you look nice today Hannah', and I have never told him my name"),
        ("STALK_WATCH", "take photos of me on his phone"),
        ("SERIOUS_IMPACT", "I have stopped getting the bus altogether"),
        ("SERIOUS_IMPACT", "changed my hours at work so I finish at 4"),
        ("DISTRESS", "I feel like I can't go anywhere on my own"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="wc",
    pattern="online_daily_messages_new_accounts_after_blocks_islamophobic_reposts", relationship="online", occasions=10,
    text="""\
MO: SUSP (ONLINE, USERNAME 'TRUTHSEEKER_88') HAS SINCE 01/05 MESSAGED VIC DAILY VIA INSTA & TIKTOK AFTER VIC POSTED ABOUT HER HIJAB SHOP. MSGS CALL VIC 'TERRORIST BRIDE' & SAY ISLAM IS 'A DISEASE'. VIC BLOCKED X4, SUSP OPENED NEW ACCOUNTS EACH TIME. SUSP HAS ALSO SCREENSHOTTED VIC'S POSTS AND REPOSTED THEM WITH HER SHOP ADDRESS ADDED. VIC ANNOYED, NOT FEARFUL, NO THREATS SEEN. SHOP OPEN AS NORMAL.""",
    spans=[
        ("REPETITION", "SINCE 01/05"),
        ("STALK_CONTACT", "MESSAGED VIC DAILY VIA INSTA & TIKTOK"),
        ("RELIGIOUS_HOSTILITY", "CALL VIC 'TERRORIST BRIDE'"),
        ("RELIGIOUS_HOSTILITY", "SAY ISLAM IS 'A DISEASE'"),
        ("FIXATION", "VIC BLOCKED X4, SUSP OPENED NEW ACCOUNTS EACH TIME"),
        ("STALK_PUBLISH", "REPOSTED THEM WITH HER SHOP ADDRESS ADDED"),
    ],
)

case(
    8, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="wc",
    pattern="two_incidents_six_months_apart_reconciliation_between", relationship="ex_partner", occasions=2,
    text="""\
SUPERVISOR REVIEW - PS 1180 HARTLEY
Officer has recorded harassment. I don't agree. Two incidents only:
1) 18/02 - susp (then partner) sent IP abusive texts during one evening's argument about his drinking. IP went to her sister's for the night.
2) 27/08 - after they split for good in July, susp turned up drunk at her door and shouted at her through the letterbox for about 10 mins before leaving.
In between, March to July, the couple got back together, lived together, went to Tenerife for a week - IP confirms all this. No contact since 27/08 other than one text saying sorry, which IP has not replied to and is not bothered by. Six months apart with a genuine reconciliation in the middle: I can't link these as a course of conduct. Reclassify, record 27/08 as DA incident, DASH std done. Advice re future contact given, IP knows to call if anything further.
PS 1180""",
    spans=[
        ("STALK_CONTACT", "sent IP abusive texts during one evening's argument about his drinking"),
        ("STALK_TURN_UP", "turned up drunk at her door and shouted at her through the letterbox"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="abbrev", batch="wc",
    pattern="neighbour_racist_slurs_and_threats_on_consecutive_evenings", relationship="neighbour", occasions=2,
    text="""\
0815 sat 12/4 - spoke w/ ip mrs florence asante at no. 9 re neighbour at no. 11 (dean shaw). ip reports:
- thurs 10/4 approx 1800 - shaw at the fence, called her 'black b****', said if her kids kicked a ball over again he'd 'put her in the ground'
- fri 11/4 approx 2130 - shaw banged on her front door, shouted 'monkeys' and 'i'll burn you out'. ip's son (14) witnessed from landing
- sat 12/4 0700 - dog mess through letterbox, ip believes shaw but not seen
ip crying during acc. says she is terrified he will attack her, hasn't slept. kids kept in.
risk - med. address tagged. w1 son to be seen w/ appropriate adult. shaw not in at 0850, card left""",
    spans=[
        ("RACIAL_HOSTILITY", "called her 'black b****'"),
        ("THREAT_VIOLENCE", "he'd 'put her in the ground'"),
        ("STALK_CONTACT", "shaw banged on her front door"),
        ("RACIAL_HOSTILITY", "shouted 'monkeys'"),
        ("THREAT_VIOLENCE", "'i'll burn you out'"),
        ("DISTRESS", "ip crying during acc."),
        ("FEAR_OF_VIOLENCE", "terrified he will attack her"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="upper", noise="heavy", batch="wc",
    pattern="former_colleague_glassing_threat_repeated_twice_since", relationship="colleague", occasions=3,
    text="""\
CLLR STATES EX WORK MATE (LEFT THE FIRM IN APRL) KEEPS RINGIN HIM ABOUT AN OLD GRIEVENCE. ON 02/06 HE RANG AND SAID 'IM GONNA GLASS YOU WHEN I SEE YOU'. HAS SAID IT AGAIN TWICE SINCE, LAST NITE AND TODAY AT 1130. CLLR WORRIED HE WILL DO IT, SUSP HAS PREVS FOR WOUNDING. CLLR HASNT BEEN TO HIS LOCAL SINCE 02/06 INCASE SUSP IS THERE. WANTS OFFICERS TO CALL BACK, NO ON FILE.""",
    spans=[
        ("THREAT_VIOLENCE", "'IM GONNA GLASS YOU WHEN I SEE YOU'"),
        ("REPETITION", "HAS SAID IT AGAIN TWICE SINCE, LAST NITE AND TODAY AT 1130"),
        ("FEAR_OF_VIOLENCE", "CLLR WORRIED HE WILL DO IT"),
        ("SERIOUS_IMPACT", "HASNT BEEN TO HIS LOCAL SINCE 02/06"),
    ],
)

case(
    11, "stalking", "CS",
    voice="result_note", case="mixed", noise="abbrev", batch="wc",
    pattern="ex_partner_breaches_nmo_turning_up_twice_plus_text", relationship="ex_partner", occasions=3,
    text="""\
RESULT: Charged s.2A PHA stalking and breach of NMO x2. Remanded for court 14/10.
Summary: NMO granted 01/09 forbids susp (Aaron BLYTHE) from attending IP's address on Stanley St or contacting her. Susp attended 04/10 at 2300 and knocked for 5 mins, asking IP through the door to 'just come down and talk'. Text from a new number 06/10: 'I'm not giving up on us, no piece of paper changes that'. Attended again 07/10 0645 and sat on the wall outside for approx 40 mins until W1 (neighbour) asked him to go. IP upset, says she knew the order wouldn't stop him. No threats made on any occasion. CPS MG3 attached.""",
    spans=[
        ("STALK_TURN_UP", "Susp attended 04/10 at 2300 and knocked for 5 mins"),
        ("STALK_CONTACT", "Text from a new number 06/10"),
        ("FIXATION", "'I'm not giving up on us, no piece of paper changes that'"),
        ("STALK_TURN_UP", "Attended again 07/10 0645"),
        ("STALK_LOITER", "sat on the wall outside for approx 40 mins"),
        ("DISTRESS", "IP upset"),
    ],
)

case(
    12, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="wc",
    pattern="ex_partner_nightly_contact_work_visits_anti_polish_abuse_two_threats", relationship="ex_partner", occasions=10,
    text="""\
DASH - HIGH. IP Kasia Nowak (Polish national, 31), ex-partner Stuart ELLIS, separated 5 wks, 2 children.
Since separation susp has rung or texted most nights and turned up at her work (Boots, High St) on 3 occasions. Texts include 'polish slag go home where you belong' and 'dirty immigrant, you'll never see the kids'. 19/03 at her work, in the stockroom doorway: 'I'll smash your face in'. 23/03 voicemail: 'I'll kill you before I let you take them'.
IP says she is frightened for her life and believes he will carry it out.
Q3 Is the abuse getting worse? YES - 'he's worse every week'.
Q7 Does he constantly text, call, contact, follow, stalk or harass you? YES.
IP now staying at a friend's address with the children and has asked her employer for a transfer to another store.""",
    spans=[
        ("REPETITION", "most nights"),
        ("STALK_TURN_UP", "turned up at her work (Boots, High St) on 3 occasions"),
        ("RACIAL_HOSTILITY", "'polish slag go home where you belong'"),
        ("RACIAL_HOSTILITY", "'dirty immigrant, you'll never see the kids'"),
        ("THREAT_VIOLENCE", "'I'll smash your face in'"),
        ("THREAT_VIOLENCE", "'I'll kill you before I let you take them'"),
        ("FEAR_OF_VIOLENCE", "frightened for her life and believes he will carry it out"),
        ("ESCALATION", "'he's worse every week'"),
        ("SERIOUS_IMPACT", "now staying at a friend's address with the children"),
        ("SERIOUS_IMPACT", "asked her employer for a transfer to another store"),
    ],
)

case(
    13, "harassment", "C",
    voice="updates", case="mixed", noise="clean", batch="wc",
    pattern="neighbour_hedge_dispute_filming_and_photographing_for_council", relationship="neighbour", occasions=5,
    text="""\
12/07 1410 PCSO Amin: Visited both parties re ongoing dispute over the boundary hedge at 3 and 5 Ashgrove. IP (Mr Pryce, no. 5) says that since the council letter about the hedge on 1 July, Mr Colley at no. 3 has been photographing his garden from the bedroom window most afternoons, and on 4, 8 and 10 July stood at the end of IP's drive filming him on his phone while he trimmed the hedge, with comments like 'carry on, this is all going to the council'. IP finds it intimidating and says his wife is anxious about going in the garden. Mr Colley says he is collecting evidence for the council about the hedge height and has every right. Both advised.
14/07 0930 PC Dunne: Further call from IP. Mr Colley filmed him again last night over the fence while IP was putting the bins out and shouted 'I've got you on camera, mate, every time'. Spoke to Mr Colley, warned that repeated filming of his neighbour can amount to harassment whatever the reason. Crime recorded, harassment. Council tree officer informed.""",
    spans=[
        ("STALK_WATCH", "photographing his garden from the bedroom window most afternoons"),
        ("REPETITION", "on 4, 8 and 10 July"),
        ("STALK_WATCH", "filming him on his phone while he trimmed the hedge"),
        ("DISTRESS", "IP finds it intimidating"),
        ("STALK_WATCH", "filmed him again last night over the fence"),
        ("STALK_CONTACT", "shouted 'I've got you on camera, mate, every time'"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="abbrev", batch="wc",
    pattern="ex_partner_41_calls_in_two_hours_van_outside_victim_living_at_mothers", relationship="ex_partner", occasions=61,
    text="""\
1907 IP ANNA REECE RINGING FROM HER MOTHERS. EX P/NER MARK DOWD (SEP DEC) HAS CALLED HER 41 TIMES SINCE 1700 TODAY, ALSO 19 TEXTS. IP READ SOME OUT: 'WHY ARE U IGNORING ME', 'I NEED TO SEE U', 'ILL BE OUTSIDE TILL U ANSWER'. NEIGHBOUR HAS TEXTED IP TO SAY DOWDS VAN IS PARKED OUTSIDE HER HOUSE NOW. IP HAS NOT BEEN HOME SINCE LAST THURS DUE TO HIM DOING SAME THING THAT NIGHT - HAS BEEN STAYING AT MOTHERS WITH THE 2 CHILDREN, CHILDREN NOT IN SCHOOL TODAY. NO THREATS OF VIOLENCE BUT IP SAYS SHE IS 'AT THE END OF HER ROPE'. DASH TO BE DONE. UNITS TO HOME ADDRESS TO LOCATE SUSP VAN REG Y**4 KLP.""",
    spans=[
        ("STALK_CONTACT", "HAS CALLED HER 41 TIMES SINCE 1700 TODAY"),
        ("STALK_CONTACT", "ALSO 19 TEXTS"),
        ("FIXATION", "'ILL BE OUTSIDE TILL U ANSWER'"),
        ("STALK_LOITER", "DOWDS VAN IS PARKED OUTSIDE HER HOUSE NOW"),
        ("REPETITION", "DOING SAME THING THAT NIGHT"),
        ("SERIOUS_IMPACT", "HAS BEEN STAYING AT MOTHERS WITH THE 2 CHILDREN"),
        ("SERIOUS_IMPACT", "CHILDREN NOT IN SCHOOL TODAY"),
        ("DISTRESS", "'AT THE END OF HER ROPE'"),
    ],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="wc",
    pattern="ex_partner_nightly_landline_calls_anti_arab_slurs_car_outside_flat", relationship="ex_partner", occasions=20,
    text="""\
I'm ringing on behalf of my flatmate Ibrahim who doesnt want to make a fuss. His ex Chloe wont leave him alone. They split in the summer. Since the start of October she rings the flat landline (we only have it for the broadband) every night between 11 and 1, sometimes 5 or 6 times in a row, and when he picks up she either cries or starts calling him a 'dirty Arab' and says she was embarassed to be seen with 'your kind'. She also sat in her car outside our buliding twice last week, I saw her myself on the tuesday. He hasnt changed anything, still goes to work, still plays football Sundays, he says he can handle it, but he isnt sleeping and hes really low. He doesnt think she'd hurt him. Can someone just talk to him?""",
    spans=[
        ("REPETITION", "every night between 11 and 1"),
        ("STALK_CONTACT", "sometimes 5 or 6 times in a row"),
        ("RACIAL_HOSTILITY", "calling him a 'dirty Arab'"),
        ("RACIAL_HOSTILITY", "embarassed to be seen with 'your kind'"),
        ("STALK_LOITER", "sat in her car outside our buliding twice last week"),
        ("DISTRESS", "he isnt sleeping and hes really low"),
    ],
)

case(
    16, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="wc",
    pattern="colleague_one_inappropriate_message_stopped_when_asked", relationship="colleague", occasions=1,
    text="""\
NFA. IP reported that a colleague, Darren Whitlock, messaged her on Teams late on 3 March with a comment about her figure and asking her out for a drink. IP replied the next morning that she was not interested and the comment was inappropriate, and asked him not to message her like that again. He replied 'understood, sorry, won't happen again' and there has been no further contact of any kind in the five weeks since, other than work emails copied to the whole team. IP mainly wanted it logged in case it started again. HR aware and dealing. No offence disclosed.""",
    spans=[
        ("STALK_CONTACT", "messaged her on Teams late on 3 March with a comment about her figure"),
    ],
)

case(
    17, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="wc",
    pattern="kitchen_fitter_lawful_invoices_then_two_threatening_calls_over_debt", relationship="business", occasions=2,
    text="""\
IP (Mr Alan Gorst) had a kitchen fitted by suspect (Kevin Marr, trading as KM Kitchens) in August and disputes the final bill of £2,400. Suspect sent invoices on 2 and 30 September and a solicitor's letter before action on 21 October. That is ordinary debt recovery and is not part of this report. On 11/11 at 2015 suspect rang IP and said 'pay up or I'll come round and break your jaw'. On 13/11 at about 0740 suspect rang again; IP's wife answered on speaker with IP beside her and suspect said 'tell him I meant it, he'll be picking his teeth up off the drive'. IP is scared to answer the door and is frightened suspect will carry it out; he says suspect boasted about fights while fitting the kitchen, and PNC shows a previous for ABH. Suspect not yet spoken to. IP advised the civil claim is separate.""",
    spans=[
        ("THREAT_VIOLENCE", "'pay up or I'll come round and break your jaw'"),
        ("REPETITION", "suspect rang again"),
        ("THREAT_VIOLENCE", "'tell him I meant it, he'll be picking his teeth up off the drive'"),
        ("DISTRESS", "scared to answer the door"),
        ("FEAR_OF_VIOLENCE", "frightened suspect will carry it out"),
    ],
)

case(
    18, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="wc",
    pattern="customer_three_antisemitic_voicemails_within_ten_minutes_after_refund", relationship="customer", occasions=3,
    text="""\
I am the owner of Feldman's Bakery on Moor Lane. On Friday 9 May a man came in at about 3pm to complain about a birthday cake he had ordered, saying the writing was wrong. I gave him a full refund and he left. At 17:02, 17:06 and 17:11 that day three voicemails were left on the shop phone from the number he had given on the order form. In the first he called me a 'thieving Jew'. In the second he said people like me 'run everything' and that 'Hitler had the right idea'. In the third he was just shouting and swearing, and said he would be telling everyone not to shop at 'the Jew shop'. I did not feel physically threatened, he sounded drunk, but I was very upset and shaken, and two of my staff heard the messages when we played them back. I have kept them on the machine.""",
    spans=[
        ("REPETITION", "At 17:02, 17:06 and 17:11 that day"),
        ("STALK_CONTACT", "three voicemails were left on the shop phone"),
        ("RELIGIOUS_HOSTILITY", "called me a 'thieving Jew'"),
        ("RELIGIOUS_HOSTILITY", "people like me 'run everything'"),
        ("RELIGIOUS_HOSTILITY", "'Hitler had the right idea'"),
        ("STALK_CONTACT", "he was just shouting and swearing"),
        ("RELIGIOUS_HOSTILITY", "'the Jew shop'"),
        ("DISTRESS", "I was very upset and shaken"),
    ],
)

case(
    19, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="wc",
    pattern="remanded_ex_partner_uses_cousin_and_friend_to_contact_and_watch_victim", relationship="ex_partner", occasions=5,
    text="""\
Supervisor review. Suspect (Connor WADE) is in HMP Altcourse on remand for unrelated matters. IP is his ex-partner; they split in November. Since 20/01 IP has had: a card pushed through her door signed from Connor (22/01); his cousin Jade knocking on 29/01 saying 'Connor just wants to know you're OK and that you're waiting for him'; a bunch of flowers delivered to her work on 03/02 with 'always yours C' on the card; and on 06/02 and again on 09/02 a lad she doesn't know sitting on the wall opposite her house for most of the evening, who told W1 he was 'keeping an eye out for Con'. Prison phone logs show the suspect rang Jade's number and one other in the days before each of these. IP is upset but not afraid and has not changed anything about her routine. Five occasions, all directed at IP, all from the suspect through others. I have read the initial officer's note suggesting this is 'just a lovesick lad in jail' and NFA - I disagree. The fact that he is locked up has not stopped him; it has just meant other people do it for him. Jade has been spoken to and says she was only passing on messages and didn't think it was a problem; she has been told in plain terms that it is, and that she could be dealt with too if it carries on. The lad on the wall has not been identified yet - W1 gave a description (white, about 20, black North Face coat, bike) and the neighbour's doorbell camera has a clip from 09/02 which the OIC is to obtain. Crime stays as stalking. OIC to liaise with the prison re monitoring his calls and post, and to consider a stalking protection order application before his release date.""",
    spans=[
        ("REPETITION", "Since 20/01"),
        ("STALK_CONTACT", "a card pushed through her door signed from Connor"),
        ("STALK_TURN_UP", "his cousin Jade knocking on 29/01"),
        ("FIXATION", "'Connor just wants to know you're OK and that you're waiting for him'"),
        ("STALK_GIFTS", "a bunch of flowers delivered to her work on 03/02"),
        ("FIXATION", "'always yours C'"),
        ("STALK_LOITER", "sitting on the wall opposite her house for most of the evening"),
        ("STALK_WATCH", "'keeping an eye out for Con'"),
        ("DISTRESS", "IP is upset"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="mo_field", case="upper", noise="abbrev", batch="wc",
    pattern="online_gamer_burst_of_racist_dms_then_knife_threat_next_day", relationship="online", occasions=13,
    text="""\
MO: OVER APPROX 20 MINS ON EVE OF 17/08 SUSP (GAMERTAG 'REAPER_WOLF', SINCE ID'D AS LOCAL MALE 19YRS) SENT VIC 11 DMS ON DISCORD AFTER A DISAGREEMENT IN GAME. DMS CALL VIC 'N*****' & 'CHIMP' AND SAY 'I KNOW U GO TO ST AIDANS, ILL STAB U AT THE GATES'. NEXT DAY 2 FURTHER DMS 'TOLD U IM COMING' WITH PIC OF A KNIFE. VIC (15) TOO SCARED TO GO TO SCHOOL, MUM HAS KEPT HIM OFF ALL WEEK.""",
    spans=[
        ("REPETITION", "OVER APPROX 20 MINS"),
        ("STALK_CONTACT", "SENT VIC 11 DMS ON DISCORD"),
        ("RACIAL_HOSTILITY", "CALL VIC 'N*****' & 'CHIMP'"),
        ("THREAT_VIOLENCE", "'I KNOW U GO TO ST AIDANS, ILL STAB U AT THE GATES'"),
        ("REPETITION", "NEXT DAY 2 FURTHER DMS"),
        ("THREAT_VIOLENCE", "'TOLD U IM COMING' WITH PIC OF A KNIFE"),
        ("FEAR_OF_VIOLENCE", "TOO SCARED TO GO TO SCHOOL"),
        ("SERIOUS_IMPACT", "MUM HAS KEPT HIM OFF ALL WEEK"),
    ],
)

case(
    21, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="wc",
    pattern="brother_forty_messages_over_inheritance_one_threat_not_believed", relationship="family", occasions=40,
    text="""\
Since our mum's funeral on 2 April my brother Phil has been sending me messages about the house. I have gone through my phone and counted them, and there are 34 texts and 6 voicemails between 3 April and 19 April. Most of them say I'm a thief and a leech and that I talked Mum into changing her will. On 10 April he wrote 'if you set foot in that house again I'll throw you through the window'. That is the only time he has said anything like that and to be honest I don't believe he'd do it, he has never laid a finger on anyone in his life. The rest is just nastiness, over and over, at all hours. I have told him twice to speak to me through the solicitor. It is wearing me down and I cry most evenings.""",
    spans=[
        ("STALK_CONTACT", "sending me messages about the house"),
        ("REPETITION", "34 texts and 6 voicemails between 3 April and 19 April"),
        ("STALK_CONTACT", "say I'm a thief and a leech"),
        ("THREAT_VIOLENCE", "'if you set foot in that house again I'll throw you through the window'"),
        ("REPETITION", "over and over, at all hours"),
        ("UNWANTED", "I have told him twice to speak to me through the solicitor"),
        ("DISTRESS", "It is wearing me down and I cry most evenings"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="clean", batch="wc",
    pattern="rejected_choir_member_nightly_drive_pasts_victim_changes_locks_and_number", relationship="acquaintance", occasions=7,
    text="""\
Diary kept for PC Osei.
Mon 6 Oct, 9.50pm - silver Corsa (G.) drove past slowly twice.
Tue 7 Oct, 10.05pm - same, stopped outside for a minute with the engine running.
Wed 8 Oct - nothing seen.
Thu 9 Oct, 9.40pm - drove past while I was putting the bins out. He waved.
Fri 10 Oct, 10.30pm - parked at the end of the road until about 11.15.
Sat 11 and Sun 12 - away at Beth's.
Mon 13 Oct, 9.55pm - drove past 3 times in 20 mins.
Tue 14 Oct - text from him: 'I only want to make sure you're safe, you know how I feel about you'.
Wed 15 Oct - locksmith came, changed front and back locks. Ring doorbell fitted by my brother.
Thu 16 Oct, 10pm - drove past.
Fri 17 Oct - changed my mobile number. Told the choir I won't be coming back for now.
He has never said anything threatening. I said no to him in August, very clearly, after rehearsal.""",
    spans=[
        ("STALK_WATCH", "drove past slowly twice"),
        ("STALK_LOITER", "stopped outside for a minute with the engine running"),
        ("STALK_LOITER", "parked at the end of the road until about 11.15"),
        ("REPETITION", "drove past 3 times in 20 mins"),
        ("FIXATION", "'I only want to make sure you're safe, you know how I feel about you'"),
        ("SERIOUS_IMPACT", "changed front and back locks"),
        ("SERIOUS_IMPACT", "Ring doorbell fitted by my brother"),
        ("SERIOUS_IMPACT", "changed my mobile number"),
        ("SERIOUS_IMPACT", "Told the choir I won't be coming back for now"),
        ("UNWANTED", "I said no to him in August, very clearly"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="wc",
    pattern="stranger_waits_on_sunday_route_to_gurdwara_anti_sikh_abuse_victim_stops_walking", relationship="stranger", occasions=4,
    text="""\
I am a Sikh and I wear a turban. Since the start of November a white man in his fifties, who I now know lives in the flats on Calder Street, has been waiting near the bus shelter on Calder Street on Sunday mornings when I walk to the gurdwara. The first time, 2 November, he just stared at me the whole way past. On 9 November he walked behind me almost to the gurdwara gate saying 'take that rag off your head' and 'you lot are taking over'. On 16 November he was there again and followed me, calling me 'Bin Laden' and spitting on the pavement by my feet. On 23 November he was already standing opposite the gurdwara when I arrived and he took a photo of me. I have stopped walking. My son now drives me the long way round by the ring road, and I no longer go to the Wednesday evening langar because it is dark by then. He has not threatened to hurt me but I do not feel safe.""",
    spans=[
        ("STALK_LOITER", "waiting near the bus shelter on Calder Street on Sunday mornings"),
        ("STALK_WATCH", "he just stared at me the whole way past"),
        ("STALK_FOLLOW", "walked behind me almost to the gurdwara gate"),
        ("RELIGIOUS_HOSTILITY", "'take that rag off your head'"),
        ("RACIAL_HOSTILITY", "'you lot are taking over'"),
        ("STALK_FOLLOW", "he was there again and followed me"),
        ("RACIAL_HOSTILITY", "calling me 'Bin Laden'"),
        ("STALK_TURN_UP", "already standing opposite the gurdwara when I arrived"),
        ("STALK_WATCH", "took a photo of me"),
        ("SERIOUS_IMPACT", "I have stopped walking"),
        ("SERIOUS_IMPACT", "My son now drives me the long way round by the ring road"),
        ("SERIOUS_IMPACT", "I no longer go to the Wednesday evening langar"),
        ("DISTRESS", "I do not feel safe"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="wc",
    pattern="neighbour_binocular_watching_racist_facebook_posts_and_council_complaints", relationship="neighbour", occasions=14,
    text="""\
Summary: IP (Mrs Lin Zhou, 44) runs a takeaway below her flat. Susp (Gary PLATT, 58) lives in the flat opposite. Over the last 6 weeks susp has:
(a) sat at his window with binoculars watching IP's door most evenings - W1 (IP's husband) has seen this at least 8 times;
(b) posted 4 times on the 'Brinsworth Community Noticeboard' FB group about IP, naming her, once with a photo of her taking the bins out, calling her 'the Chinese virus woman' and telling people not to eat 'cat and dog' at her takeaway;
(c) written to the council twice alleging IP dumps food waste in the alley - council visited, no breach found.
IP finds it humiliating and is upset, but the business carries on as normal, no threats made, and she says she is 'not scared of a sad old man'. Screenshots obtained. Susp to be interviewed.""",
    spans=[
        ("REPETITION", "Over the last 6 weeks"),
        ("STALK_WATCH", "sat at his window with binoculars watching IP's door most evenings"),
        ("REPETITION", "at least 8 times"),
        ("STALK_PUBLISH", "posted 4 times on the 'Brinsworth Community Noticeboard' FB group about IP"),
        ("STALK_PUBLISH", "with a photo of her taking the bins out"),
        ("RACIAL_HOSTILITY", "calling her 'the Chinese virus woman'"),
        ("RACIAL_HOSTILITY", "telling people not to eat 'cat and dog' at her takeaway"),
        ("STALK_ORDERS", "written to the council twice alleging IP dumps food waste"),
        ("DISTRESS", "IP finds it humiliating and is upset"),
    ],
)

case(
    25, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="wc",
    pattern="new_neighbour_homophobic_abuse_four_consecutive_days", relationship="neighbour", occasions=4,
    text="""\
Wed 21/05 1640 - spoke to IPs Mr Callum Price & partner Mr Dev Sharma at 22 Glebe Way. Both report neighbour at 24 (Terry HOLLINS):
Sat 17th - shouted 'f***ing queers' across the gardens while they had a BBQ
Sun 18th - banged on the party wall for 10 mins at 11pm
Mon 19th - note thru door 'nobody wants your sort here, move'
Tue 20th - shouted 'bender' at Callum as he left for work
No threats of violence. IPs say not frightened but upset and angry. Lived there 6 yrs, no issues before Hollins moved in March.
Hate incident flag - sexual orientation. Crime - harassment. Hollins to be seen, not in at 1720.""",
    spans=[
        ("STALK_CONTACT", "shouted 'f***ing queers' across the gardens"),
        ("STALK_CONTACT", "banged on the party wall for 10 mins at 11pm"),
        ("STALK_CONTACT", "note thru door 'nobody wants your sort here, move'"),
        ("STALK_CONTACT", "shouted 'bender' at Callum as he left for work"),
        ("DISTRESS", "upset and angry"),
    ],
)

case(
    26, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="wc",
    pattern="landlord_threatens_tenant_on_visit_and_by_phone_two_weeks_apart", relationship="landlord", occasions=2,
    text="""\
The defendant, Mr Raymond Kerr, was the landlord of the complainant's flat. We find that on 3 March he attended the flat and told the complainant that if she was not out by the end of the month 'my lads will carry you out in pieces'. We find that on 18 March he telephoned her and said she would 'end up in hospital' if she complained to the council. We accept the complainant's evidence that on each occasion she was frightened that he, or men sent by him, would hurt her; she described lying awake listening for the door, and we found her a careful and credible witness. The defendant says these were figures of speech in a dispute about arrears. We do not accept that. Rent arrears may be recovered through the courts; they are no licence for this. The two incidents are close in time and have the same purpose, and each caused her to fear that violence would be used against her. We find the charge proved.""",
    spans=[
        ("THREAT_VIOLENCE", "'my lads will carry you out in pieces'"),
        ("THREAT_VIOLENCE", "she would 'end up in hospital'"),
        ("FEAR_OF_VIOLENCE", "on each occasion she was frightened that he, or men sent by him, would hurt her"),
        ("DISTRESS", "lying awake listening for the door"),
    ],
)

case(
    27, "no_offence", "R",
    voice="updates", case="mixed", noise="abbrev", batch="wc",
    pattern="cyclist_single_racist_slur_to_each_of_two_unconnected_victims", relationship="stranger", occasions=2,
    text="""\
14/06 1120 PC Yates: Report from IP1 Mr Wei Chen - male on a bike shouted 'go home ch*nk' at him outside Tesco Express, Bold St, 0950 today, then rode off. No previous contact. Desc white male 20s, grey hoodie, BMX.
17/06 1505 PC Yates: Report from IP2 Mrs Abena Owusu - male matching same desc on a bike shouted 'monkey' at her on Bold St at 1430 today and rode off. CCTV from both times shows same male, ID'd by PCSO as Kyle DRURY.
19/06 0900 PS Hale: Two victims who don't know each other, one incident each, nothing further to either. Not a course of conduct against anyone. Record a racially aggravated s.5 POA for each IP separately. Drury to be interviewed for both.""",
    spans=[
        ("RACIAL_HOSTILITY", "shouted 'go home ch*nk' at him"),
        ("RACIAL_HOSTILITY", "shouted 'monkey' at her"),
    ],
)

case(
    28, "stalking_fear_alarm_distress", "CSF",
    voice="updates", case="mixed", noise="abbrev", batch="wc",
    pattern="ex_partner_location_sharing_turns_up_three_times_two_threats", relationship="ex_partner", occasions=5,
    text="""\
UPDATE 18/09 2240 PC 3318 KAUR - Attended IP Jodie MARSH. Ex-partner Ross BRENNAN (4 yr rel, sep July, no children). IP discovered today her location was still being shared to his phone through a family account he set up - she believes he has been using it since they split, as he has turned up at the gym (x2) and at her friend's house (x1) without anyone telling him where she was. On 14/09 he texted 'if I see you with anyone else I'll slit your throat'. On 16/09 he was waiting by her car in the gym car park and said 'you're going to get hurt Jodie, I promise you'. IP in tears, says she is scared he will kill her. Location sharing removed in my presence. DASH HIGH, MARAC referral.
UPDATE 19/09 0815 PS 101 - Susp arrested 0640 at home address. Phone seized.""",
    spans=[
        ("STALK_MONITOR", "her location was still being shared to his phone through a family account he set up"),
        ("STALK_TURN_UP", "turned up at the gym (x2) and at her friend's house (x1)"),
        ("THREAT_VIOLENCE", "'if I see you with anyone else I'll slit your throat'"),
        ("STALK_LOITER", "waiting by her car in the gym car park"),
        ("THREAT_VIOLENCE", "'you're going to get hurt Jodie, I promise you'"),
        ("DISTRESS", "IP in tears"),
        ("FEAR_OF_VIOLENCE", "scared he will kill her"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="typos", batch="wc",
    pattern="ejected_taxi_passenger_daily_racist_texts_to_drivers_work_phone", relationship="customer", occasions=11,
    text="""\
caller mr yusuf abdi, taxi driver for star cars. states a passenger he put out of the cab on fri nite for being sick has been texting his work mobile since sat morning - he has 9 msgs so far, calling him a 'somali pirate' and 'go back to your mud hut', plus 2 voice calls he didnt answer. passenger got the no. off the reciept. caller says hes not scared, been called worse, but wants it stopped as its every day and its the work phone so he cant just block it. msgs sat to tues. caller to email screenshots to oic.""",
    spans=[
        ("STALK_CONTACT", "has been texting his work mobile since sat morning"),
        ("REPETITION", "he has 9 msgs so far"),
        ("RACIAL_HOSTILITY", "calling him a 'somali pirate'"),
        ("RACIAL_HOSTILITY", "'go back to your mud hut'"),
        ("STALK_CONTACT", "2 voice calls he didnt answer"),
        ("REPETITION", "its every day"),
    ],
)

case(
    30, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="wc",
    pattern="wedding_guest_fixated_online_gift_to_parents_one_threat_not_feared", relationship="acquaintance", occasions=20,
    text="""\
IP (Ms Temi Adeyemi, 29, British Nigerian, staff nurse) met suspect (Oliver Grant, 33) once at a friend's wedding in May, where they swapped Instagram handles. Since 1 June suspect has liked and commented on every post IP has made, usually within minutes of her posting; sent more than 70 DMs (counted from her screenshots), ranging from compliments to 'why won't you answer me, I know you read them'; asked mutual friends which hospital she works at; and sent a parcel containing a scarf and a handwritten poem to her parents' address, which she has never given him. IP told him on 12 June that she was not interested. On 3 July, after she blocked him, he emailed her: 'you need a slap for treating me like this'. That is the only message of that kind. IP is unsettled but says she is not frightened of him and has not changed anything.""",
    spans=[
        ("STALK_MONITOR", "liked and commented on every post IP has made, usually within minutes of her posting"),
        ("STALK_CONTACT", "sent more than 70 DMs"),
        ("FIXATION", "'why won't you answer me, I know you read them'"),
        ("STALK_MONITOR", "asked mutual friends which hospital she works at"),
        ("STALK_GIFTS", "sent a parcel containing a scarf and a handwritten poem to her parents' address"),
        ("UNWANTED", "IP told him on 12 June that she was not interested"),
        ("THREAT_VIOLENCE", "'you need a slap for treating me like this'"),
        ("DISTRESS", "IP is unsettled"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="wc",
    pattern="colleague_anti_muslim_threats_on_two_shifts_and_bacon_on_locker", relationship="colleague", occasions=3,
    text="""\
I work nights at the parcel depot on Harbour Road. On 4 March at break a colleague, Shane Devlin, saw me praying in the corner of the canteen. He said 'Pack that in, raghead.' Then he said 'You'll get a boot in the head if you do that in front of me again.' After that I started praying in my car instead. On 7 March he came up behind me at the conveyor and said quietly 'I meant what I said. Muslims get hurt round here.' On 11 March I found a rasher of bacon on top of my locker. I am frightened of him. He is a big man and I have heard he was suspended before for fighting. I now wait for my brother to pick me up at 6am so I am not alone in the car park.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'Pack that in, raghead.'"),
        ("THREAT_VIOLENCE", "'You'll get a boot in the head if you do that in front of me again.'"),
        ("SERIOUS_IMPACT", "I started praying in my car instead"),
        ("THREAT_VIOLENCE", "'I meant what I said. Muslims get hurt round here.'"),
        ("RELIGIOUS_HOSTILITY", "a rasher of bacon on top of my locker"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("SERIOUS_IMPACT", "I now wait for my brother to pick me up at 6am"),
    ],
)

case(
    32, "stalking", "CS",
    voice="mo_field", case="mixed", noise="abbrev", batch="wc",
    pattern="ex_husband_gps_tracker_and_two_turn_ups", relationship="ex_partner", occasions=3,
    text="""\
MO - Ex-husband fitted GPS tracker under IP's car (found by garage 02/12). Had turned up at Aldi car park and at her yoga class, 25/11 and 29/11.""",
    spans=[
        ("STALK_MONITOR", "fitted GPS tracker under IP's car"),
        ("STALK_TURN_UP", "turned up at Aldi car park and at her yoga class"),
        ("REPETITION", "25/11 and 29/11"),
    ],
)

case(
    33, "harassment", "C",
    voice="result_note", case="inconsistent", noise="abbrev", batch="wc",
    pattern="sister_in_law_mutual_row_then_burst_of_voicemails_and_texts", relationship="family", occasions=17,
    text="""\
RESULT NOTE - PC 2290 - crime confirmed HARASSMENT, susp Lisa CARROLL (IP's sister-in-law) to be interviewed.
Background: at a christening do on Sat 8/3 IP and susp had a slanging match in the pub car park - both swearing, both pushing, witnesses say six of one and half a dozen of the other. THAT incident not recorded as a crime against either of them.
However on Sun 9/3 between 0805 and 0826 susp left IP four voicemails (heard by me) calling her a 'fat slag' and a 'home-wrecker' and saying she'd tell the whole family what IP really is, then on Mon 10/3 sent 12 texts in the same vein and rang IP's workplace asking for her by name. IP did not reply to any of it. IP upset, embarrassed in front of her manager. no threats. Words of advice to both re the saturday.""",
    spans=[
        ("REPETITION", "between 0805 and 0826"),
        ("STALK_CONTACT", "susp left IP four voicemails"),
        ("STALK_CONTACT", "calling her a 'fat slag' and a 'home-wrecker'"),
        ("STALK_CONTACT", "sent 12 texts in the same vein"),
        ("STALK_CONTACT", "rang IP's workplace asking for her by name"),
        ("DISTRESS", "IP upset, embarrassed in front of her manager"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="wc",
    pattern="neighbour_nightly_watching_and_logging_racist_leaflets_victim_moves_house", relationship="neighbour", occasions=40,
    text="""\
I want the court to know what the last four months have been like. Every night from about the middle of January, Mr Hurst would stand in his front garden when I came home from my shift and watch me walk from the car to my door. He wrote down the times. The police found his notebook later, with pages of my comings and goings. He put leaflets through my door saying Britain was for the British and that 'your kind' should be deported, and he called me 'Paki' so many times I lost count, although I am from Bangladesh, which I don't suppose he cares about. I did not feel safe in my own house. In April I gave up my tenancy and moved to a flat across town which costs me £150 more a month, and my daughter had to change schools. I still check my mirrors every time I drive.""",
    spans=[
        ("REPETITION", "Every night from about the middle of January"),
        ("STALK_WATCH", "stand in his front garden when I came home from my shift and watch me"),
        ("STALK_MONITOR", "pages of my comings and goings"),
        ("RACIAL_HOSTILITY", "leaflets through my door saying Britain was for the British"),
        ("RACIAL_HOSTILITY", "'your kind' should be deported"),
        ("RACIAL_HOSTILITY", "called me 'Paki' so many times I lost count"),
        ("DISTRESS", "I did not feel safe in my own house"),
        ("SERIOUS_IMPACT", "gave up my tenancy and moved to a flat across town"),
        ("SERIOUS_IMPACT", "my daughter had to change schools"),
    ],
)

case(
    35, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="wc",
    pattern="road_rage_van_driver_finds_victim_on_facebook_two_threats_same_day", relationship="stranger", occasions=3,
    text="""\
1418 Caller Mr Gavin Shaw. Yesterday approx 1730 minor road rage at lights on A56 - caller beeped at a white van, van driver wound window down and swore at him, then drove off. This morning 0905 caller received FB msg from 'Deano Fletch' (profile pic shows same van): 'found you didnt I, beep me again and ill put you through your windscreen'. 1120 second msg: 'ill be looking out for that car of yours, see you at 5'. Caller frightened to leave work tonight, believes male will be waiting for him. Has asked his manager to walk him out. Screenshots available. Pls call back asap.""",
    spans=[
        ("STALK_CONTACT", "van driver wound window down and swore at him"),
        ("THREAT_VIOLENCE", "'found you didnt I, beep me again and ill put you through your windscreen'"),
        ("REPETITION", "1120 second msg"),
        ("THREAT_VIOLENCE", "'ill be looking out for that car of yours, see you at 5'"),
        ("FEAR_OF_VIOLENCE", "frightened to leave work tonight, believes male will be waiting for him"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="wc",
    pattern="antisemitic_notes_on_car_three_fridays_man_watching_from_bus_shelter", relationship="stranger", occasions=3,
    text="""\
caller Mrs Ruth ABRAMS 78. states for the THIRD week running a note has been left under her wiper on a friday evening - fri 5th, fri 12th, fri 19th. notes handwritten, say 'WE SEE YOU SNEAKING TO SHUL' and 'JEWS OUT OF ELM PARK', last one had a star of david drawn with a line through it. she has also seen a man in a dark jacket in the bus shelter opposite her house on the same evenings, watching as she leaves for synagogue. caller is 'cross more than anything', NOT scared, says she has lived through worse and will not be changing a thing. wants the notes collected. RP to attend tmrw am.""",
    spans=[
        ("REPETITION", "for the THIRD week running"),
        ("STALK_PROPERTY", "a note has been left under her wiper on a friday evening"),
        ("REPETITION", "fri 5th, fri 12th, fri 19th"),
        ("RELIGIOUS_HOSTILITY", "'WE SEE YOU SNEAKING TO SHUL'"),
        ("RELIGIOUS_HOSTILITY", "'JEWS OUT OF ELM PARK'"),
        ("RELIGIOUS_HOSTILITY", "a star of david drawn with a line through it"),
        ("STALK_WATCH", "in the bus shelter opposite her house on the same evenings, watching as she leaves for synagogue"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="redacted", batch="wc",
    pattern="ex_partner_phone_download_burst_of_calls_threats_over_five_days_refuge", relationship="ex_partner", occasions=30,
    text="""\
OIC summary for CPS. [NAME 1] (susp) and [NAME 2] (IP) were together 6 years and separated on 02/02 when IP asked him to leave [ADDRESS 1]. He went to his brother's in [LOCATION]. For the first fortnight contact was about the children and collecting his things, and IP does not complain about that.
Download of IP's handset (exhibit DK/3) shows the following from susp's number on the evening of 21/02: 17 missed calls between 2101 and 2139 (at 2101, 2102, 2103, 2103, 2106, 2108, 2111, 2114, 2118, 2119, 2122, 2124, 2127, 2130, 2133, 2136 and 2139), 2 voicemails and 9 texts. VM at 2112: 'pick up or I'm coming over there and you'll be sorry you didn't'. Most of the texts are along the lines of 'answer me', 'who is he', 'I know you're in'. Text at 2131: 'I'll break every bone in your body you f***ing whore'.
On 24/02 at 0200 susp was seen by W1 ([NAME 3], next door, up with a baby) trying the handles of IP's car on the drive, then standing looking up at IP's bedroom window for several minutes before walking off towards the main road. W1 knows him well and is certain of the ID.
On 26/02, text: 'I wasnt joking the other night. Your dead.'
IP states she is terrified of him and sleeps with her phone in her hand. Since 24/02 IP has not stayed at [ADDRESS 1]; she and the children are at a refuge in another county, the children have been moved to a school there, and her GP has signed her off work. Susp denies sending anything and says his phone was 'borrowed', but the SIM is registered to him and was in the handset seized from his jacket on arrest on 27/02. No comment to all other questions. Remanded.""",
    spans=[
        ("STALK_CONTACT", "17 missed calls between 2101 and 2139"),
        ("STALK_CONTACT", "2 voicemails and 9 texts"),
        ("THREAT_VIOLENCE", "'pick up or I'm coming over there and you'll be sorry you didn't'"),
        ("THREAT_VIOLENCE", "'I'll break every bone in your body you f***ing whore'"),
        ("STALK_PROPERTY", "trying the handles of IP's car on the drive"),
        ("STALK_WATCH", "standing looking up at IP's bedroom window for several minutes"),
        ("THREAT_VIOLENCE", "'I wasnt joking the other night. Your dead.'"),
        ("FEAR_OF_VIOLENCE", "she is terrified of him"),
        ("SERIOUS_IMPACT", "she and the children are at a refuge in another county"),
        ("SERIOUS_IMPACT", "her GP has signed her off work"),
    ],
)

case(
    38, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="wc",
    pattern="market_trader_anti_roma_abuse_three_saturdays_threat_to_son_only", relationship="business", occasions=3,
    text="""\
Email from market manager (Mr Clive Dunmore) to PCSO Reid, 3 Oct:
Further to our chat. Pitch 14 (Mrs Elena Popescu, sells bags and purses) has had grief from pitch 16 (Barry Shaw) three Saturdays running now - 13th, 20th and 27th Sept. I witnessed the last two myself. He calls her a 'thieving Romanian gyppo' loud enough for customers to hear and tells people not to buy 'stolen gear off the foreigners'. On the 27th he told her that her son (Andrei, 17, helps her on Saturdays) would 'get his legs broken' if he parked his van in Barry's spot again. Elena was more worried about the lad than herself - she told me Barry is an old fool and she isn't afraid of him. Andrei is staying away from the market for now. Can someone deal with this before I have to start moving pitches round?""",
    spans=[
        ("REPETITION", "three Saturdays running now - 13th, 20th and 27th Sept"),
        ("RACIAL_HOSTILITY", "calls her a 'thieving Romanian gyppo'"),
        ("RACIAL_HOSTILITY", "'stolen gear off the foreigners'"),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="mo_field", case="lower", noise="abbrev", batch="wc",
    pattern="evicted_tenant_racist_voicemails_three_in_ten_minutes_then_two_next_day", relationship="landlord", occasions=5,
    text="""\
mo - susp (former tenant, evicted via court 01/08) rang ip landlord 3 times 0915-0924 on 04/08 leaving vms calling him a 'greedy paki b*****d' and 'curry muncher'. 2 further vms 05/08 same. no threats. ip not bothered, wants it on record.""",
    spans=[
        ("STALK_CONTACT", "rang ip landlord 3 times 0915-0924 on 04/08"),
        ("RACIAL_HOSTILITY", "calling him a 'greedy paki b*****d'"),
        ("RACIAL_HOSTILITY", "'curry muncher'"),
        ("REPETITION", "2 further vms 05/08 same"),
    ],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="judgment", case="mixed", noise="clean", batch="wc",
    pattern="chip_shop_customer_six_visits_racist_abuse_two_threats_shifts_changed", relationship="customer", occasions=6,
    text="""\
Sentencing remarks (extract). Mr Haines, you pleaded guilty on the day of trial. Over about five weeks last summer you went into the Golden Fry on Mill Road, where Mr Kwame Boateng works behind the counter, on at least six occasions. Each time you called him names I will not repeat in full, but which included 'jungle bunny', and you told him he should be 'sent back on a banana boat'. On the third visit you told him you would 'cut him up' when he finished his shift, and on the fifth you leaned over the counter and said 'remember what I told you, I'll be waiting'. Mr Boateng's statement makes clear that he believed you and was frightened, so much so that his manager rearranged the rota so that he never closed up alone. That is the harm I have to reflect.""",
    spans=[
        ("REPETITION", "on at least six occasions"),
        ("RACIAL_HOSTILITY", "'jungle bunny'"),
        ("RACIAL_HOSTILITY", "'sent back on a banana boat'"),
        ("THREAT_VIOLENCE", "you would 'cut him up' when he finished his shift"),
        ("THREAT_VIOLENCE", "'remember what I told you, I'll be waiting'"),
        ("FEAR_OF_VIOLENCE", "he believed you and was frightened"),
        ("SERIOUS_IMPACT", "his manager rearranged the rota so that he never closed up alone"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="victim_diary", case="lower", noise="typos", batch="wc",
    pattern="allotment_neighbour_anti_sikh_abuse_spade_threat_repeated_a_week_later", relationship="acquaintance", occasions=3,
    text="""\
mr sandhu's notes, allotment plot 31
1 jun - keith (plot 33) said my sort shouldnt have plots here, 'go grow your curry at home'. told him to get lost
15 jun - he said 'next time i see you down here your getting a spade round the head' and called me a t*rban head
22 jun - he said it again, the spade, in front of mr lowe from plot 30
i am frightend of him now, i am 71 and he is a big man. i only go down when my grandson can come with me""",
    spans=[
        ("RACIAL_HOSTILITY", "'go grow your curry at home'"),
        ("THREAT_VIOLENCE", "'next time i see you down here your getting a spade round the head'"),
        ("RELIGIOUS_HOSTILITY", "called me a t*rban head"),
        ("REPETITION", "he said it again, the spade"),
        ("FEAR_OF_VIOLENCE", "i am frightend of him now"),
        ("SERIOUS_IMPACT", "i only go down when my grandson can come with me"),
    ],
)

case(
    42, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="wc",
    pattern="rejected_colleague_nightly_messages_waits_by_car_turns_to_anti_muslim_abuse", relationship="colleague", occasions=40,
    text="""\
Supervisor review - DS Okoro. Initial officer recorded harassment. Having read the messages I am changing this to religiously aggravated stalking. Suspect (Tom Reilly, works with IP at the call centre) asked IP out in January. She said no. Since then: 1) he has messaged her every night on WhatsApp, 40+ messages in February alone, many declaring his love and saying she'll 'come round eventually'; 2) he has twice waited by her car after her shift; 3) after she told HR, the messages turned to her faith - 'your religion keeps you in a cage', 'I'd rescue you from those backward Muslim men'; 4) he asked another colleague which mosque she goes to. IP finds it creepy and exhausting but says she is not frightened and is carrying on as normal. He cannot take no for an answer, and the later messages are hostile to her because she is Muslim. Suspect to be arrested and interviewed.""",
    spans=[
        ("UNWANTED", "She said no"),
        ("REPETITION", "every night on WhatsApp"),
        ("STALK_CONTACT", "40+ messages in February alone"),
        ("FIXATION", "she'll 'come round eventually'"),
        ("STALK_LOITER", "twice waited by her car after her shift"),
        ("RELIGIOUS_HOSTILITY", "'your religion keeps you in a cage'"),
        ("RELIGIOUS_HOSTILITY", "'I'd rescue you from those backward Muslim men'"),
        ("STALK_MONITOR", "asked another colleague which mosque she goes to"),
        ("DISTRESS", "IP finds it creepy and exhausting"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="call_log", case="upper", noise="heavy", batch="wc",
    pattern="dating_app_match_after_one_date_daily_texts_turn_ups_anti_hindu_abuse_acid_threat", relationship="online", occasions=10,
    text="""\
CLLR MS PRIYA NAIR, MET SUSP (ONLY KNOWS HIM AS 'JAMIE') ON DATING APP, 1 DATE 10/05, SHE ENDED IT BY TXT 11/05. SINCE THEN SUSP HAS TXTD DAILY, FOUND HER ON LINKEDIN AND MSGD HER BOSS, AND TURNED UP OUTSIDE HER FLAT 2X (28/05, 02/06). MSGS CALL HER 'C*W WORSHIPPING H*NDU SL*G' AND 'GO BACK TO YOUR SLUM'. 29/05 MSG 'ILL MAKE SURE NO ONE RECOGNISES YOUR FACE WHEN IM DONE'. 03/06 SAME AGAIN PLUS 'ACID IS CHEAP'. CLLR VERY FRIGHTEND, HAS BEEN STAYING WITH A FRIEND, NOT GONE BACK TO FLAT SINCE 03/06. CLLR CRYING THRUOUT CALL.""",
    spans=[
        ("UNWANTED", "SHE ENDED IT BY TXT 11/05"),
        ("REPETITION", "SUSP HAS TXTD DAILY"),
        ("STALK_MONITOR", "FOUND HER ON LINKEDIN AND MSGD HER BOSS"),
        ("STALK_TURN_UP", "TURNED UP OUTSIDE HER FLAT 2X (28/05, 02/06)"),
        ("RELIGIOUS_HOSTILITY", "'C*W WORSHIPPING H*NDU SL*G'"),
        ("RACIAL_HOSTILITY", "'GO BACK TO YOUR SLUM'"),
        ("THREAT_VIOLENCE", "'ILL MAKE SURE NO ONE RECOGNISES YOUR FACE WHEN IM DONE'"),
        ("REPETITION", "03/06 SAME AGAIN"),
        ("THREAT_VIOLENCE", "'ACID IS CHEAP'"),
        ("FEAR_OF_VIOLENCE", "CLLR VERY FRIGHTEND"),
        ("SERIOUS_IMPACT", "HAS BEEN STAYING WITH A FRIEND, NOT GONE BACK TO FLAT SINCE 03/06"),
        ("DISTRESS", "CLLR CRYING THRUOUT CALL"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="lower", noise="abbrev", batch="wc",
    pattern="ex_partner_daily_anti_irish_messages_and_work_visits_victim_quits_job", relationship="ex_partner", occasions=20,
    text="""\
01/04 pc 882: ip (siobhan keane) reports ex-partner (lee moffat, sep jan) emailing and texting her daily since 20/02 - 'you thick paddy bitch, no one else will have you', 'irish scum', etc. also turning up at her work canteen at lunch.
08/04 pc 882: ip has now handed in her notice at work and changed her number after he turned up a 3rd time. no threats, she isnt scared of him - 'hes a coward' - but cant cope with it any more.
09/04 ps 40: agree, racially aggravated stalking. she has given up her job over it, that's a substantial adverse effect.""",
    spans=[
        ("STALK_CONTACT", "emailing and texting her daily since 20/02"),
        ("RACIAL_HOSTILITY", "'you thick paddy bitch, no one else will have you'"),
        ("RACIAL_HOSTILITY", "'irish scum'"),
        ("STALK_TURN_UP", "turning up at her work canteen at lunch"),
        ("SERIOUS_IMPACT", "handed in her notice at work"),
        ("SERIOUS_IMPACT", "changed her number"),
        ("REPETITION", "turned up a 3rd time"),
        ("DISTRESS", "cant cope with it any more"),
    ],
)
