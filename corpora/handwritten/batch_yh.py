# ruff: noqa: E501
"""Hand-written narratives, writer yh: officer shorthand, misleading headings, corrected records."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="yh",
    pattern="neighbour_parking_dispute_photographs_van_recorded_as_stalking", relationship="neighbour", occasions=4,
    text="""\
OCCURRENCE TYPE: STALKING (S.2A)
Summary: IP [NAME 1] lives at no.14 Larchfield Close. SUSP is neighbour at no.16, Mr Dennis ORPWOOD (60s). Ongoing dispute re shared driveway + IP's works van. Since approx 02/05 SUSP has photographed the van from his front window on at least 3 occasions and put printouts through her door with the van circled in red pen. 11/05 SUSP came out while IP loading van and shouted "you're blocking my access, I'll keep reporting you til it's gone". 19/05 another note left under wiper. All content relates to van/driveway. No following, nothing about IP personally, IP says he is "obsessed with the van not with me". IP fed up, wants it to stop.
Reviewing officer: classification amended - does not meet stalking, conduct centred on the parking dispute. Recorded as S.2 harassment. Council mediation referral offered.""",
    spans=[
        ("STALK_WATCH", "photographed the van from his front window"),
        ("REPETITION", "on at least 3 occasions"),
        ("STALK_CONTACT", "put printouts through her door with the van circled in red pen"),
        ("STALK_CONTACT", "shouted \"you're blocking my access, I'll keep reporting you til it's gone\""),
        ("STALK_CONTACT", "another note left under wiper"),
        ("UNWANTED", "IP fed up, wants it to stop"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="lower", noise="heavy", batch="yh",
    pattern="ex_partner_attends_shop_and_sits_outside_flat_victim_moves_and_transfers_store", relationship="ex_partner", occasions=6,
    text="""\
handover - lates to earlies 27/9
job: DA harassment (ex) - re-grade? see below
ip kirsty [surname redacted] 31, split from susp liam in july after 4 yrs. no kids no joint property.
- susp turned up at her work (boots, high st) 3x last wk, stood by the meal deal fridge watching her on the till. manager has had to walk her to car
- sat in his car outside her flat 2 nights running, seen by neighbour, engine running
- 40+ whatsapps, mostly 'pls just talk to me' 'i cant do this without u' - no threats in any of them, ip v clear on that
- ip has now moved back to her mums in castleford and swapped to the pontefract store so he doesnt know where she is
dash std. ip not saying she fears violence, says she just wants her life back.
susp not yet spoken to. pls can earlies try addr on wakefield rd, pnc nil relevant. think this is s.2A not s.2 given ex + pattern - inspr to confirm""",
    spans=[
        ("STALK_TURN_UP", "susp turned up at her work"),
        ("REPETITION", "3x last wk"),
        ("STALK_WATCH", "stood by the meal deal fridge watching her on the till"),
        ("STALK_LOITER", "sat in his car outside her flat"),
        ("REPETITION", "2 nights running"),
        ("STALK_CONTACT", "40+ whatsapps"),
        ("FIXATION", "'pls just talk to me' 'i cant do this without u'"),
        ("SERIOUS_IMPACT", "moved back to her mums in castleford"),
        ("SERIOUS_IMPACT", "swapped to the pontefract store so he doesnt know where she is"),
        ("DISTRESS", "she just wants her life back"),
    ],
)

case(
    3, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="yh",
    pattern="stranger_follows_woman_from_bus_stop_once_recorded_as_stalking", relationship="stranger", occasions=1,
    text="""\
Crime type on creation: STALKING
Update 1 (PC 4471): IP reports male followed her from the no.36 bus stop on Garnett St to her front door approx 2215 on Fri. Male kept approx 10m behind, stopped when she stopped. She went in and he walked off towards the park. IP shaken, hasnt slept well since.
Update 2 (OIC DC Rahman): spoke to IP again. She had not seen the male before and has not seen him since, no contact, no messages, nothing to show he knows who she is. Bus CCTV obtained - male boards same bus, gets off at same stop, single occasion only. Nothing further from house-to-house.
Update 3: one incident only - no course of conduct, s.2A not made out. Re-classify to incident (suspicious circs). Crime prevention advice + doorbell camera info given. NFA pending any further report.""",
    spans=[
        ("STALK_FOLLOW", "male followed her from the no.36 bus stop on Garnett St to her front door"),
        ("STALK_FOLLOW", "stopped when she stopped"),
        ("DISTRESS", "IP shaken, hasnt slept well since"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="crime_summary", case="upper", noise="heavy", batch="yh",
    pattern="neighbour_racial_abuse_on_landing_three_times_no_threats", relationship="neighbour", occasions=3,
    text="""\
PNC/INT FRAG - OCC 19/04412/25
OFF: PUBLIC ORDER S.4A ?? -> RA HARASSMENT
LOC: FLAT 3 BRINDLEY COURT
VIC: MR OLUWASEUN ADEBAYO-COLE
SUSP: TERENCE MAWER, FLAT 5 SAME BLOCK
MO: SUSP SHOUTED "GO BACK TO AFRICA YOU MONKEY" AT VIC ON LANDING 03/04. 08/04 CALLED HIM A "DIRTY N****R" ON STAIRS IN FRONT OF VICS SON. 15/04 BANGED ON DOOR 0230HRS SHOUTING RACIAL ABUSE (SAME AS BEFORE). VIC NOT IN FEAR OF SUSP - 'HES A OLD DRUNK' - BUT WANTS IT STOPPED. NO THREATS MADE.
HOUSING ASSOC AWARE, TENANCY WARNING ISSUED TO SUSP PREV FOR NOISE.""",
    spans=[
        ("STALK_CONTACT", "SUSP SHOUTED"),
        ("RACIAL_HOSTILITY", "GO BACK TO AFRICA YOU MONKEY"),
        ("REPETITION", "08/04"),
        ("RACIAL_HOSTILITY", "DIRTY N****R"),
        ("STALK_CONTACT", "BANGED ON DOOR 0230HRS"),
        ("RACIAL_HOSTILITY", "SHOUTING RACIAL ABUSE (SAME AS BEFORE)"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="typos", batch="yh",
    pattern="colleague_two_threat_messages_second_found_later_recorded_as_mal_comms", relationship="colleague", occasions=4,
    text="""\
Class: Malicious Communications (single msg)
14/03 0910 - IP Sandra Kowal reports that co-worker Gary BRIDGES sent her a Facebook message last night saying 'keep grassing me up to HR and ill break your jaw'. IP worried as he is a big lad and she works late shift alone with him.
15/03 1620 OIC update - IP has now sent screenshots. There are actually TWO threats not one. Earlier msg on 09/03 'you'll get whats coming in the car park'. IP says she didnt report the first one as she thought he was mouthing off but after the second she is genuinley scared he will hurt her. Also several msgs 10-12/03 calling her a snake, a grass etc.
16/03 - Sgt review: correction to classification. 2 threats on seperate dates + IP in fear of violence = s.4 PHA. Mal comms crime to be cancelled and re-recorded.""",
    spans=[
        ("THREAT_VIOLENCE", "keep grassing me up to HR and ill break your jaw"),
        ("FEAR_OF_VIOLENCE", "IP worried as he is a big lad and she works late shift alone with him"),
        ("REPETITION", "There are actually TWO threats not one"),
        ("THREAT_VIOLENCE", "you'll get whats coming in the car park"),
        ("FEAR_OF_VIOLENCE", "she is genuinley scared he will hurt her"),
        ("STALK_CONTACT", "several msgs 10-12/03 calling her a snake, a grass"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="yh",
    pattern="former_customer_fixated_on_shop_owner_watches_shop_and_home_religious_abuse_letters", relationship="customer", occasions=7,
    text="""\
Niche OEL summary - RELIGIOUSLY AGGRAVATED HARASSMENT (s.32 CDA)
Victim: Mrs Amina Chaudhry, owner of Chaudhry Fabrics, Wellgate.
Suspect: Keith ANSTEY, 58, former customer.
Following a refund row in January Anstey has become fixed on the victim. He stands at the bus shelter opposite the shop most mornings between 0830 and 0930 looking in. He has walked past her home address in Cliff Road at least twice (neighbour's doorbell footage), although she never gave him that address. He has posted four handwritten letters through the shop door, each addressed to her by first name, calling her a "Muslim parasite" and telling her to "go back to your mosque and stay there". The last letter said he "knows her routine".
Victim describes it as creepy but says she is not frightened of him and is carrying on as normal.
OIC note: this has gone well beyond the refund. Watching the shop, attending the home address and the letters are about her, not the money. s.2A with religious aggravation. Re-class to aggravated stalking.""",
    spans=[
        ("FIXATION", "Anstey has become fixed on the victim"),
        ("STALK_LOITER", "He stands at the bus shelter opposite the shop"),
        ("REPETITION", "most mornings between 0830 and 0930"),
        ("STALK_WATCH", "looking in"),
        ("STALK_TURN_UP", "walked past her home address in Cliff Road at least twice"),
        ("STALK_CONTACT", "posted four handwritten letters through the shop door"),
        ("RELIGIOUS_HOSTILITY", "calling her a \"Muslim parasite\""),
        ("RELIGIOUS_HOSTILITY", "go back to your mosque and stay there"),
        ("STALK_MONITOR", "knows her routine"),
    ],
)

case(
    7, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="yh",
    pattern="ex_partner_pleading_texts_flowers_and_visit_to_parents_no_threats", relationship="ex_partner", occasions=5,
    text="""\
Harassment - ex partner - bullet summary for CPS
• IP and SUSP (Ryan Tolley) together 2 yrs, IP ended it 4/1.
• Since then SUSP has sent approx 60 texts + 20 calls. Samples: 'im begging u babe 1 more chance', 'ill change i swear', 'just let me see you for 5 mins'.
• 18/1 left flowers and a card on her car windscreen at work.
• 23/1 turned up at her parents' house asking them to persuade her to take him back. Left when asked.
• IP has blocked him on 3 numbers, he keeps getting new SIMs.
• No threats, no abuse. IP not scared, 'he's pathetic not dangerous'. Finds it draining.
• No dispute re money/property/kids.
• Note: ex-partner + persistent unwanted contact + gifts + attending family = should be s.2A stalking not s.2.""",
    spans=[
        ("STALK_CONTACT", "sent approx 60 texts + 20 calls"),
        ("FIXATION", "'im begging u babe 1 more chance'"),
        ("STALK_GIFTS", "left flowers and a card on her car windscreen at work"),
        ("STALK_TURN_UP", "turned up at her parents' house"),
        ("FIXATION", "asking them to persuade her to take him back"),
        ("UNWANTED", "IP has blocked him on 3 numbers"),
        ("FIXATION", "he keeps getting new SIMs"),
        ("DISTRESS", "Finds it draining"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="yh",
    pattern="neighbour_racial_abuse_and_two_threats_over_fence_logged_as_asb", relationship="neighbour", occasions=4,
    text="""\
CAD 0412 12/08 - ASB NEIGHBOUR DISPUTE
CALLER MR HARJIT SANDHU 47 GREENWAY AVE. REPORTS NEIGHBOUR AT 49 (MALE, 30S, KNOWN AS 'DAZ') STOOD AT FENCE TONIGHT SHOUTING "PAKI BASTARD IM GONNA CUT YOUR THROAT". CALLER STATES SAME MALE SAID ON SUN 10/08 HE WOULD "BURN YOU AND YOUR CURRY HOUSE FAMILY OUT". CALLER SCARED TO GO INTO GARDEN, THINKS MALE WILL ATTACK HIM. ALSO REPORTS MALE HAS BEEN CALLING HIM "TALIBAN" EVERY TIME HE SEES HIM FOR ABOUT A MONTH. CALLER STATES NOT THE FIRST TIME HE HAS RUNG ABOUT THIS MALE BUT PREV CALL WAS RE A BONFIRE.
UNITS ATTENDED 0440. SUSP NOT ANSWERING DOOR.
RE-GRADED - NOT ASB. RA HARASSMENT S.4 W/ FEAR OF VIOLENCE.""",
    spans=[
        ("RACIAL_HOSTILITY", "PAKI BASTARD"),
        ("THREAT_VIOLENCE", "IM GONNA CUT YOUR THROAT"),
        ("THREAT_VIOLENCE", "BURN YOU AND YOUR CURRY HOUSE FAMILY OUT"),
        ("FEAR_OF_VIOLENCE", "CALLER SCARED TO GO INTO GARDEN"),
        ("FEAR_OF_VIOLENCE", "THINKS MALE WILL ATTACK HIM"),
        ("RACIAL_HOSTILITY", "CALLING HIM \"TALIBAN\""),
        ("REPETITION", "EVERY TIME HE SEES HIM FOR ABOUT A MONTH"),
    ],
)

case(
    9, "no_offence", "R",
    voice="call_log", case="lower", noise="typos", batch="yh",
    pattern="single_racist_slur_from_cyclist_in_town_centre", relationship="stranger", occasions=1,
    text="""\
initial class: racially aggravated harassment. ip walking thru town centre nr greggs 1340, unknown white male on bike rode past and shouted 'f*** off home you p***' at her. didnt stop, rode off twds bus stn. ip upset. never seen him before, not seen since. one occasion only. cctv requested from town centre mgmt. reclass to s.5 POA RA (single incident), not PHA.""",
    spans=[
        ("RACIAL_HOSTILITY", "f*** off home you p***"),
        ("DISTRESS", "ip upset"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="mixed", noise="redacted", batch="yh",
    pattern="online_gaming_contact_rejected_new_accounts_racist_messages_posts_address_threats", relationship="online", occasions=7,
    text="""\
ATHENA INVESTIGATION - Stalking (s.2A)
Chronology (NB entries received out of order, re-sorted below by OIC):
- Feb: VIC [NAME 1] met SUSP [NAME 2] on a Discord gaming server. Chatted online only, never met.
- 02/04: VIC told SUSP she had a boyfriend and didn't want to talk to him any more. Blocked him.
- 05/04 to 20/04: SUSP created at least 6 new accounts to message her. Messages call her a "Chinese bitch" and "bat eater" and say she "owes him".
- 22/04: SUSP posted VIC's home street and a photo of her house on the server.
- 26/04: SUSP seen by VIC's flatmate standing at the end of [ADDRESS REDACTED] at 2300.
- 27/04: message "saw your window light on. next time i come in".
- 30/04: message "ill slit your yellow throat".
VIC states she is terrified he will come into the flat and hurt her. Has had locks changed and is sleeping at a friend's.
[Entry 29/04 originally recorded as 'malicious comms - online' - SUPERSEDED]""",
    spans=[
        ("UNWANTED", "didn't want to talk to him any more. Blocked him"),
        ("STALK_CONTACT", "SUSP created at least 6 new accounts to message her"),
        ("RACIAL_HOSTILITY", "\"Chinese bitch\""),
        ("RACIAL_HOSTILITY", "\"bat eater\""),
        ("FIXATION", "she \"owes him\""),
        ("STALK_PUBLISH", "posted VIC's home street and a photo of her house on the server"),
        ("STALK_LOITER", "standing at the end of [ADDRESS REDACTED] at 2300"),
        ("STALK_WATCH", "saw your window light on"),
        ("THREAT_VIOLENCE", "next time i come in"),
        ("THREAT_VIOLENCE", "ill slit your yellow throat"),
        ("FEAR_OF_VIOLENCE", "she is terrified he will come into the flat and hurt her"),
        ("SERIOUS_IMPACT", "Has had locks changed and is sleeping at a friend's"),
    ],
)

case(
    11, "harassment", "CD",
    voice="supervisor_review", case="mixed", noise="clean", batch="yh",
    pattern="unhappy_customer_mass_calls_dog_groomer_over_refund_number_changed", relationship="customer", occasions=12,
    text="""\
Supervisor review - crime recorded as STALKING
I have read the file. IP runs a small dog grooming business from home. SUSP is an unhappy customer (claims the groom left his spaniel with a sore ear). Between 3 and 17 June he rang the business mobile 31 times and left 12 voicemails, demanding a refund and calling her 'a con artist' and 'useless'. Every contact is about the groom and the refund. There is nothing to suggest an interest in IP herself - no attendance at her home beyond the original appointment, no following, no personal comments. Not an ex-partner. IP has had to change the business number and has lost bookings as a result; she is stressed.
This is harassment (s.2), not s.2A. Please amend the classification. The refund dispute is civil, but the volume of calls is well beyond anything reasonable. Words of advice to SUSP, consider a harassment warning if it continues.""",
    spans=[
        ("REPETITION", "Between 3 and 17 June"),
        ("STALK_CONTACT", "rang the business mobile 31 times and left 12 voicemails"),
        ("STALK_CONTACT", "calling her 'a con artist' and 'useless'"),
        ("SERIOUS_IMPACT", "IP has had to change the business number"),
        ("DISTRESS", "she is stressed"),
    ],
)

case(
    12, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="lower", noise="abbrev", batch="yh",
    pattern="ex_partner_calls_follows_car_and_two_death_threats", relationship="ex_partner", occasions=5,
    text="""\
dash summary/rationale - risk med -> HIGH
ip: [NAME 1]. susp: ex partner jamie ward, sep 3 months.
- since sep susp has been ringing ip from withheld no. most evenings
- has followed her car from school drop off twice (ip recognised his blue corsa)
- 02/11 on phone: 'if i cant have you no one will, ill put you in the ground'
- 09/11 voicemail: 'you're dead when i see you'
ip says she is frightened for her own safety, believes he will hurt her. children not threatened.
no change to routine yet - ip 'refuses to let him win'.
q: ever strangled? ip - no. q: access to weapons? unknown.
risk raised to HIGH due to threats + fixation, marac ref.""",
    spans=[
        ("STALK_CONTACT", "ringing ip from withheld no. most evenings"),
        ("STALK_FOLLOW", "followed her car from school drop off twice"),
        ("FIXATION", "if i cant have you no one will"),
        ("THREAT_VIOLENCE", "ill put you in the ground"),
        ("THREAT_VIOLENCE", "you're dead when i see you"),
        ("FEAR_OF_VIOLENCE", "frightened for her own safety, believes he will hurt her"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="clean", batch="yh",
    pattern="colleague_antisemitic_whatsapps_over_five_weeks_first_logged_civil", relationship="colleague", occasions=7,
    text="""\
Initial log: workplace dispute - advised civil/HR matter.
Update 21/10 (PC Greer): Have now viewed IP's phone. IP Daniel Rosen, warehouse supervisor. Susp Craig PEARCE, forklift driver on the same site. Over about five weeks Pearce has sent IP WhatsApp messages on at least seven different days. Content: 'money grabbing yid', 'you lot killed Jesus', a picture of a swastika with IP's name under it, 'should have finished the job in 1945'. IP says he isn't frightened of Pearce and there have been no direct threats, but he is disgusted and wants him prosecuted. HR have suspended Pearce.
This is not a civil matter. Re-record as religiously/racially aggravated harassment s.2 PHA / s.32 CDA. Apologies to IP for the initial advice.""",
    spans=[
        ("REPETITION", "Over about five weeks"),
        ("STALK_CONTACT", "Pearce has sent IP WhatsApp messages"),
        ("REPETITION", "on at least seven different days"),
        ("RELIGIOUS_HOSTILITY", "'money grabbing yid'"),
        ("RELIGIOUS_HOSTILITY", "'you lot killed Jesus'"),
        ("RACIAL_HOSTILITY", "a picture of a swastika with IP's name under it"),
        ("RACIAL_HOSTILITY", "'should have finished the job in 1945'"),
        ("DISTRESS", "he is disgusted"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="typos", batch="yh",
    pattern="builder_three_voicemails_in_minutes_two_threats_logged_as_single", relationship="business", occasions=3,
    text="""\
Log entry: Threats - single incident (voicemail).
OIC: listened to IP's phone myself. It is not one voicemail. There are three, left at 2141, 2144 and 2149 on 06/02 from SUSP (Wayne HOLT, builder, says he is owed £2,300 for a part-finished extention - IP withholding payment over defective work).
VM1: swearing, demands money.
VM2: 'I know where you live you little ****, I'll come round and smash your face in'.
VM3: 'I mean it, you'll be in hospital by the weekend'.
IP states she is very frightened, she lives alone and thinks he will turn up and attack her.
Three seperate calls, even minutes apart, are three occasions - course of conduct. Two threats, IP fears violence. Recorded s.4 PHA. Money dispute is civil and not for us but the threats are.""",
    spans=[
        ("REPETITION", "three, left at 2141, 2144 and 2149 on 06/02"),
        ("STALK_CONTACT", "swearing, demands money"),
        ("THREAT_VIOLENCE", "I'll come round and smash your face in"),
        ("THREAT_VIOLENCE", "you'll be in hospital by the weekend"),
        ("FEAR_OF_VIOLENCE", "thinks he will turn up and attack her"),
    ],
)

case(
    15, "aggravated_stalking", "CSR",
    voice="notebook", case="upper", noise="heavy", batch="yh",
    pattern="gym_acquaintance_rejected_waits_by_car_gifts_anti_polish_abuse", relationship="acquaintance", occasions=6,
    text="""\
PNB ENTRY PC 2290 SMITH 14/07 1530
ATT HOME ADDR OF VIC AGNIESZKA NOWAK RE ONGOING ISSUES W/ MALE FROM GYM (NAMED BY VIC AS 'STUART' - SURNAME UNK, LATER IDENT AS STUART PEEL).
VIC STATES:
-TURNED DOWN HIS OFFER OF DRINK 3 WKS AGO
-SINCE THEN HE WAITS BY HER CAR IN GYM CAR PK EVERY TUE + THU WHEN SHE FINISHES
-LEFT CHOCS + A NOTE 'I WONT GIVE UP ON US' ON HER WINDSCREEN X2
-WHEN SHE TOLD HIM TO LEAVE HER ALONE 10/07 HE SAID 'STUCK UP POLISH SLAG, GO BACK TO YOUR OWN COUNTRY'
-SAME WORDS IN FB MSG 12/07
VIC NOT AFRAID, 'HES A CREEP NOT A THREAT'. STILL GOING TO GYM AS NORMAL.
NB GYM MGR CONFIRMS HE CHANGED HIS SESSIONS TO MATCH HERS.""",
    spans=[
        ("UNWANTED", "TURNED DOWN HIS OFFER OF DRINK 3 WKS AGO"),
        ("STALK_LOITER", "WAITS BY HER CAR IN GYM CAR PK"),
        ("REPETITION", "EVERY TUE + THU"),
        ("STALK_GIFTS", "LEFT CHOCS + A NOTE"),
        ("FIXATION", "I WONT GIVE UP ON US"),
        ("UNWANTED", "TOLD HIM TO LEAVE HER ALONE"),
        ("RACIAL_HOSTILITY", "STUCK UP POLISH SLAG, GO BACK TO YOUR OWN COUNTRY"),
        ("STALK_CONTACT", "SAME WORDS IN FB MSG 12/07"),
        ("STALK_MONITOR", "HE CHANGED HIS SESSIONS TO MATCH HERS"),
    ],
)

case(
    16, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="yh",
    pattern="colleague_rejected_gifts_covert_photo_sits_outside_home_daily_emails", relationship="colleague", occasions=9,
    text="""\
From: HR Business Partner, Moorside Logistics
To: PC Adeyemi (by email, pasted into log)
Re: your ref 44/1187 - logged as 'one-off inappropriate comment'
Thank you for calling back. I think the way this was first logged undersells it. Our employee (Ms Lorna Feeney, admin) first complained on 2 Sept about a colleague in accounts, Mr Philip Danes, after he asked her out and she said no. Since then, going by her diary which I attach:
- he has left gifts on her desk on five occasions (perfume, a necklace, a framed photo of her taken at the Christmas do without her knowing)
- two members of staff have seen him sitting in his car opposite her house on a Sunday
- he emails her most days at work asking why she is 'pretending' not to like him
- he moved to a hot-desk spot where he can see hers
Lorna is anxious and tearful at work but is still coming in and hasn't changed anything about her routine; she was clear that she does not feel physically threatened by him. We have moved him to another floor while our own process runs.""",
    spans=[
        ("UNWANTED", "he asked her out and she said no"),
        ("STALK_GIFTS", "left gifts on her desk on five occasions"),
        ("STALK_WATCH", "a framed photo of her taken at the Christmas do without her knowing"),
        ("STALK_LOITER", "sitting in his car opposite her house on a Sunday"),
        ("STALK_CONTACT", "he emails her most days at work"),
        ("FIXATION", "asking why she is 'pretending' not to like him"),
        ("STALK_WATCH", "moved to a hot-desk spot where he can see hers"),
        ("DISTRESS", "Lorna is anxious and tearful at work"),
    ],
)

case(
    17, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="yh",
    pattern="partner_two_incidents_five_months_apart_reconciled_between", relationship="partner", occasions=2,
    text="""\
Result / closing note - recorded as HARASSMENT (course of conduct)
Two incidents linked on system:
(1) 14/01 - IP and partner Mark ELLIS argued at home, he punched the wall and said 'ill knock you out'. IP called police, he went to his brother's. Words of advice. IP declined to support.
(2) 28/06 - IP rang 999 after Ellis sent a text 'youll regret this' during an argument about his drinking.
Between the two, IP and Ellis got back together in Feb and lived together with no issues for 4 months (IP confirms, says things were 'really good').
Two incidents 5 months apart with a reconciliation in between - not a connected course of conduct. (2) dealt with on its own - no crime, text not a threat of violence. Closed NFA, DA safeguarding retained, IP given IDVA details.""",
    spans=[
        ("THREAT_VIOLENCE", "ill knock you out"),
    ],
)

case(
    18, "harassment", "C",
    voice="supervisor_review", case="inconsistent", noise="typos", batch="yh",
    pattern="neighbour_dog_noise_door_banging_ra_flag_ticked_in_error_mutual_row_excluded", relationship="neighbour", occasions=4,
    text="""\
SUPERVISOR REVIEW - Sgt 1192
Crime recorded as RACIALLY AGGRAVATED harassment. The RA flag appears to have been ticked because the victim, Mr Tomasz Zielinski, is Polish. I have read the statement and watched the BWV. At no point does the suspect (neighbour Mrs Joan HIBBERT) refer to his nationality, origin or anything like it. Her complaints are all about his dogs barking.
Incidents:
- 2/3 row over the fence, both of them shouting and swearing at each other (BWV shows IP gave as good as he got) - i am NOT treating this one as part of the course.
- 9/3, 12/3, 20/3 Hibbert banged on IP's door at night shouting 'shut those ****ing dogs up or i'll get them taken off you', and on 20/3 put a note through the door calling him 'scum'.
IP not scared of her, just fed up.
RA flag REMOVED. Remains s.2 harassment. OIC to obtain 2nd stmt covering the 3 door incidents.""",
    spans=[
        ("REPETITION", "9/3, 12/3, 20/3"),
        ("STALK_CONTACT", "banged on IP's door at night shouting"),
        ("STALK_CONTACT", "put a note through the door calling him 'scum'"),
        ("DISTRESS", "just fed up"),
    ],
)

case(
    19, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="lower", noise="heavy", batch="yh",
    pattern="brother_in_law_inheritance_dispute_two_threats_victim_stops_answering_door", relationship="family", occasions=2,
    text="""\
cad 2207 - harassment (family) - low priority
caller mrs deborah finch, states brother in law (late husbands brother) neil finch keeps on at her about their late mother in laws house.
17/05 he came to her door and said 'sign the house over or i'll break every bone in your body'
21/05 rang her and said 'you wont see christmas'
caller says she is petrified he will do something to her, shes stopped answering the door, has had her son move in with her til its sorted and had a doorbell cam fitted sat.
wants it logged. nb husband died in march, house dispute ongoing thru solicitors.
** upgraded from 'harassment' to s.4 threats - 2 occasions, in fear. unit to attend today **""",
    spans=[
        ("THREAT_VIOLENCE", "sign the house over or i'll break every bone in your body"),
        ("THREAT_VIOLENCE", "you wont see christmas"),
        ("FEAR_OF_VIOLENCE", "she is petrified he will do something to her"),
        ("SERIOUS_IMPACT", "shes stopped answering the door"),
        ("SERIOUS_IMPACT", "has had her son move in with her"),
        ("SERIOUS_IMPACT", "had a doorbell cam fitted sat"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="upper", noise="abbrev", batch="yh",
    pattern="customer_anti_muslim_abuse_and_threats_at_corner_shop_owner_cuts_hours", relationship="customer", occasions=4,
    text="""\
OIC HANDOVER - DC PRICE TO DC OKAFOR
OCC 27/9913/24 - LISTED AS 'ASB/POA S.5' - THIS IS WRONG, SEE BELOW
VIC: MR YUSUF IQBAL, OWNS SPAR ON HOLLINS LANE.
SUSP: GLEN RODDAM (PNC: PREV ABH 2019, POA S.4 2021).
4 ATTENDANCES AT SHOP IN 3 WKS (CCTV SEIZED FOR ALL 4):
 01/09 - CALLED VIC 'TERRORIST' AND 'BEARDED C***'
 06/09 - SAME, PLUS 'I'LL STAB YOU IN YOUR MOSQUE'
 14/09 - KNOCKED OVER CRISP STAND, 'YOUR DAYS ARE NUMBERED ALLAH BOY'
 19/09 - STOOD IN DOORWAY MIMING SLITTING THROAT AT VIC
VIC V FRIGHTENED, BELIEVES SUSP WILL KILL HIM. NOW CLOSES AT 1800 INSTEAD OF 2200 + NEVER WORKS ALONE.
TO DO: ARREST, INTERVIEW, RA HARASSMENT S.4 + S.32. CHECK IF SUSP STILL ON LICENCE.""",
    spans=[
        ("REPETITION", "4 ATTENDANCES AT SHOP IN 3 WKS"),
        ("RELIGIOUS_HOSTILITY", "CALLED VIC 'TERRORIST' AND 'BEARDED C***'"),
        ("THREAT_VIOLENCE", "I'LL STAB YOU IN YOUR MOSQUE"),
        ("THREAT_VIOLENCE", "YOUR DAYS ARE NUMBERED"),
        ("RELIGIOUS_HOSTILITY", "ALLAH BOY"),
        ("THREAT_VIOLENCE", "MIMING SLITTING THROAT AT VIC"),
        ("FEAR_OF_VIOLENCE", "BELIEVES SUSP WILL KILL HIM"),
        ("SERIOUS_IMPACT", "NOW CLOSES AT 1800 INSTEAD OF 2200"),
        ("SERIOUS_IMPACT", "NEVER WORKS ALONE"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="typos", batch="yh",
    pattern="stranger_repeatedly_appears_at_station_halls_library_student_changes_routine", relationship="stranger", occasions=6,
    text="""\
Occurrence opened as: SUSPICIOUS ACTIVITY (one-off).
Upd 1 - 03/03: IP (student, 20) says a man in a grey North Face coat was on the same platform as her at Hunslet stn and then later at the library. Thought nothing of it.
Upd 2 - 11/03: IP back in. Same male now seen 5 or 6 times over 2 wks: at the stn, outside her halls on Clarendon Rd twice late at night, in the library sitting 2 tables away staring at her, and once he followed her from the library to the bus stop and got on the same bus. Never spoken to her.
Upd 3 - 12/03: security at halls have pulled footage - male ident as Darren KEMPE, 34, no connection to the uni.
Upd 4: IP has stopped using the library altogther, is getting taxis instead of the train and has gone home to her parents most nights. No threats.
=> re-class to s.2A stalking, serious alarm/distress. Not a one-off.""",
    spans=[
        ("REPETITION", "5 or 6 times over 2 wks"),
        ("STALK_LOITER", "outside her halls on Clarendon Rd twice late at night"),
        ("STALK_WATCH", "sitting 2 tables away staring at her"),
        ("STALK_FOLLOW", "followed her from the library to the bus stop and got on the same bus"),
        ("SERIOUS_IMPACT", "has stopped using the library altogther"),
        ("SERIOUS_IMPACT", "getting taxis instead of the train"),
        ("SERIOUS_IMPACT", "gone home to her parents most nights"),
    ],
)

case(
    22, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="inconsistent", noise="redacted", batch="yh",
    pattern="ex_partner_racist_facebook_posts_airtag_turns_up_at_gym_victim_moves_and_changes_job", relationship="ex_partner", occasions=7,
    text="""\
OIC UPDATES - [OCC REF REDACTED]
Orig class: MALICIOUS COMMS (x1 facebook post)
25/01 - VIC [NAME 1] (black british, 29) reports ex [NAME 2] posted on fb calling her a 'ghetto ape' and a 'gold digging n*****'. split nov.
27/01 - further info from VIC: this isnt the 1st post, there are at least 4 since xmas, all tagging her workplace. ALSO found an airtag taped inside her rear bumper on 24/01. [NAME 2] turned up at her gym the day after she'd checked in there on strava.
02/02 - VIC has moved to her aunt's in another town and changed jobs. states she is 'not scared he'll hurt me, scared he'll never stop'. no threats in any post or msg.
OIC: course of conduct by ex - posting + tracking + attending = stalking, racially aggravated, serious alarm/distress (move + job). RECLASSIFIED 02/02. Mal comms record cancelled.""",
    spans=[
        ("STALK_PUBLISH", "posted on fb calling her"),
        ("RACIAL_HOSTILITY", "'ghetto ape' and a 'gold digging n*****'"),
        ("REPETITION", "at least 4 since xmas"),
        ("STALK_PUBLISH", "all tagging her workplace"),
        ("STALK_MONITOR", "found an airtag taped inside her rear bumper"),
        ("STALK_TURN_UP", "turned up at her gym the day after she'd checked in there on strava"),
        ("SERIOUS_IMPACT", "moved to her aunt's in another town and changed jobs"),
        ("DISTRESS", "scared he'll never stop"),
    ],
)

case(
    23, "aggravated_harassment", "CDR",
    voice="crime_summary", case="lower", noise="clean", batch="yh",
    pattern="allotment_neighbour_anti_traveller_abuse_victim_gives_up_plot_misrecorded_as_theft", relationship="neighbour", occasions=4,
    text="""\
crime summary - recorded by front counter as 'theft from allotment?'
ip bridget mcdonagh, irish traveller heritage, rents plot 22 at sowerby lane allotments. susp is plot holder on 21, mr alan cross.
over the summer cross has:
- on 3 sundays (ip has dates in her diary - 7/7, 21/7, 4/8) shouted across at her 'get back to your caravan you thieving pikey'
- left a note on her shed door 'no gyppos here, we count our tools'
- told other plot holders she steals (2 w's support)
nothing has actually been stolen, ip never reported a theft - counter staff misheard her.
ip has given up her plot, says she cant face going there any more. not afraid of him physically.
reclass: ra harassment s.2 / s.32.""",
    spans=[
        ("REPETITION", "7/7, 21/7, 4/8"),
        ("STALK_CONTACT", "shouted across at her"),
        ("RACIAL_HOSTILITY", "get back to your caravan you thieving pikey"),
        ("STALK_CONTACT", "left a note on her shed door"),
        ("RACIAL_HOSTILITY", "no gyppos here, we count our tools"),
        ("SERIOUS_IMPACT", "ip has given up her plot"),
        ("DISTRESS", "she cant face going there any more"),
    ],
)

case(
    24, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="yh",
    pattern="ex_partner_breaches_restraining_order_sits_outside_house_twice_leaves_card", relationship="ex_partner", occasions=3,
    text="""\
CAD 1155 - BREACH OF RESTRAINING ORDER
CALLER SARAH DUNNE. EX-PARTNER ANTHONY MCGRATH SUBJECT TO RO (LEEDS MAGS 03/24) - NOT TO CONTACT HER OR ATTEND HER ADDRESS.
TODAY 1120 HE WAS SAT ON THE WALL OUTSIDE HER HOUSE WHEN SHE CAME BACK FROM SHOPS. SAID 'I JUST WANT TO TALK, I STILL LOVE YOU'. LEFT WHEN SHE SAID SHE WAS RINGING US.
CALLER STATES HE ALSO DID THIS LAST THURS (NOT REPORTED) AND LEFT A BIRTHDAY CARD IN HER LETTERBOX.
CALLER NOT SCARED - 'HE'S NEVER BEEN VIOLENT, HE'S JUST SAD' - BUT WANTS RO ENFORCED.
PNC CHECKED - RO CONFIRMED. NB 2 OCCASIONS + CARD = ALSO S.2A, NOT JUST BREACH.""",
    spans=[
        ("STALK_LOITER", "SAT ON THE WALL OUTSIDE HER HOUSE"),
        ("FIXATION", "I JUST WANT TO TALK, I STILL LOVE YOU"),
        ("REPETITION", "HE ALSO DID THIS LAST THURS"),
        ("STALK_GIFTS", "LEFT A BIRTHDAY CARD IN HER LETTERBOX"),
    ],
)

case(
    25, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="yh",
    pattern="former_business_partner_and_friends_ring_victim_about_buyout_money", relationship="business", occasions=18,
    text="""\
Crime class at creation: STALKING (s.2A) - please review
Background: IP (Rakesh Mehta) and SUSP (Owen Lacey) ran a vape shop together until Lacey was bought out in Jan. Lacey says he was short-changed.
Since 1 March IP has received:
- 3 calls from Lacey himself calling him a thief and a crook
- about 15 calls/texts from 3 different numbers, callers saying 'Owen wants his money' and calling IP a 'thieving rat'. Two of the callers traced - both mates of Lacey, one admits Lacey gave him the number and asked him to 'give him some grief'.
No threats. No following, no attending home, no interest in IP beyond the money. IP annoyed, not worried.
OIC view: all about the buyout money. Lacey set up the others' calls so they are his conduct too. Course of conduct = s.2 harassment, not stalking. Class amended.""",
    spans=[
        ("REPETITION", "Since 1 March"),
        ("STALK_CONTACT", "3 calls from Lacey himself calling him a thief and a crook"),
        ("STALK_CONTACT", "about 15 calls/texts from 3 different numbers"),
        ("STALK_CONTACT", "calling IP a 'thieving rat'"),
        ("DISTRESS", "IP annoyed"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="yh",
    pattern="neighbour_films_romanian_woman_posts_clips_with_slurs_follows_to_bus_stop", relationship="neighbour", occasions=10,
    text="""\
Niche OCC - title: 'Neighbour filming - civil/privacy'
Summary by PC 6610: IP Ioana Popescu (Romanian national) lives opposite SUSP Kevin Barlow on Marsh St. Since approx Easter Barlow has filmed IP every time she leaves or returns home, from his bedroom window and sometimes from the pavement. He has posted at least 8 clips on a local Facebook group with captions like 'romanian gypsy thief off out robbing again' and 'lock your cars, the rats are out'. On 16/05 he followed her on foot to her bus stop filming and saying 'smile for your fans'. He has also put her car reg in a post and asked people to report where they see it.
IP says she feels humiliated and anxious and cries most nights, but she is carrying on as normal - same job, same route. Not frightened he will attack her.
Title is misleading - this is aimed at IP personally with racial hostilty. Re-class aggravated stalking s.2A/s.32.""",
    spans=[
        ("STALK_WATCH", "filmed IP every time she leaves or returns home"),
        ("STALK_PUBLISH", "posted at least 8 clips on a local Facebook group"),
        ("RACIAL_HOSTILITY", "romanian gypsy thief off out robbing again"),
        ("RACIAL_HOSTILITY", "lock your cars, the rats are out"),
        ("STALK_FOLLOW", "followed her on foot to her bus stop filming"),
        ("STALK_MONITOR", "asked people to report where they see it"),
        ("DISTRESS", "feels humiliated and anxious and cries most nights"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="yh",
    pattern="neighbour_two_threats_over_music_logged_as_noise", relationship="neighbour", occasions=2,
    text="""\
OPENED AS: NOISE NUISANCE.
VIC STATES NXT DOOR MALE (FLAT 2) THREATENED HIM ON 2 NIGHTS - 04/06 'TURN IT DOWN OR ILL DO YOU' + 07/06 'NEXT TIME ITS A BAT ROUND YOUR HEAD'. VIC AFRAID TO GO OUT ON LANDING IN CASE MALE GOES FOR HIM. RECLASS S.4 PHA.""",
    spans=[
        ("REPETITION", "ON 2 NIGHTS"),
        ("THREAT_VIOLENCE", "TURN IT DOWN OR ILL DO YOU"),
        ("THREAT_VIOLENCE", "NEXT TIME ITS A BAT ROUND YOUR HEAD"),
        ("FEAR_OF_VIOLENCE", "AFRAID TO GO OUT ON LANDING IN CASE MALE GOES FOR HIM"),
    ],
)

case(
    28, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="yh",
    pattern="council_tax_enforcement_letters_and_agent_visits_reported_as_harassment", relationship="business", occasions=8,
    text="""\
Result: NO CRIME
Reported as harassment by IP (Mr Colin Sayer). IP complains that Lowther Recoveries have written to him 6 times since April and that an enforcement agent came to his address twice (12/07, 26/07) about an unpaid council tax liability order.
Checked with the company and viewed the letters IP provided: standard arrears letters, no abusive language, no threats. Both visits within permitted hours, agent wore body cam - footage reviewed, polite throughout, left notice of enforcement both times.
IP accepts he owes the money but says the letters are 'stressing him out'.
The contact is for a lawful purpose (recovery of a debt under a court order) - not harassment. Advised to contact a debt charity. NFA.""",
    spans=[
        ("DISTRESS", "the letters are 'stressing him out'"),
    ],
)

case(
    29, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="mo_field", case="upper", noise="abbrev", batch="yh",
    pattern="school_gate_parent_racist_abuse_and_two_threats_victim_stops_school_run", relationship="acquaintance", occasions=2,
    text="""\
MO (REC UNDER 'PUBLIC ORDER - S.4A'): SUSP, PARENT AT SAME PRIMARY SCHOOL, HAS APPROACHED VIC AT SCHOOL GATE ON 2 OCCASIONS (11/11 + 18/11) FOLLOWING PLAYGROUND FALLING-OUT BETWEEN THEIR CHILDREN. ON 11/11 CALLED VIC 'A JUMPED UP BLACK B****' AND SAID 'ILL SMASH YOUR TEETH IN'. ON 18/11 SAID 'YOUR KIND DONT BELONG HERE, I MEANT WHAT I SAID, YOURE GETTING IT'. VIC NOW IN FEAR SUSP WILL ASSAULT HER. HUSBAND NOW DOES SCHOOL RUN INSTEAD. HEAD TEACHER AWARE.""",
    spans=[
        ("REPETITION", "ON 2 OCCASIONS (11/11 + 18/11)"),
        ("RACIAL_HOSTILITY", "A JUMPED UP BLACK B****"),
        ("THREAT_VIOLENCE", "ILL SMASH YOUR TEETH IN"),
        ("RACIAL_HOSTILITY", "YOUR KIND DONT BELONG HERE"),
        ("THREAT_VIOLENCE", "I MEANT WHAT I SAID, YOURE GETTING IT"),
        ("FEAR_OF_VIOLENCE", "VIC NOW IN FEAR SUSP WILL ASSAULT HER"),
        ("SERIOUS_IMPACT", "HUSBAND NOW DOES SCHOOL RUN INSTEAD"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="redacted", batch="yh",
    pattern="ex_partner_first_reported_as_texts_then_full_account_icloud_threats_work_window_photo", relationship="ex_partner", occasions=9,
    text="""\
ATHENA - OCC [REF] - TITLE: HARASSMENT WITHOUT VIOLENCE (DA)
*** see 14/08 entry - title needs changing ***

10/08 1930 PC 3318: IP [NAME 1] attended front office. States ex-partner [NAME 2] (sep. May, 6 yr rel, no children) has been 'bothering her'. Gave example of texts saying he misses her. IP vague on detail, didn't want to make a statement tonight. DASH - standard. Recorded as harassment.

12/08 0840 PC 3318: Call from IP. Last night [NAME 2] was in the car park of her block at 0100, she saw him from the window. Says he has done this 'a few times' - she thinks 4 or 5 since June.

14/08 1400 DC 512 (OIC): Full statement taken. Picture much worse than first recorded - IP was embarrassed on 10/08 and left most of it out. Timeline as now given:
 - June: [NAME 2] logged into IP's iCloud using an old password, read her messages, quoted them back to her
 - 21/06: 'if I see you with anyone else I'll kill you both'
 - July: attended her work 3 times, waited by the staff exit
 - 02/08: sent photo of IP taken through her window with 'nice PJs'
 - 11/08: car park (above)
 - 13/08: voicemail 'you know what's coming you slag, I'll break your neck'
IP states she is terrified of him and believes he will seriously hurt her. Has moved in with her brother since 12/08 and is off work sick (fit note seen).
DASH re-done: HIGH. MARAC ref sent.
Title changed to Stalking s.4A (fear of violence / serious alarm or distress).

15/08 DS review: agree reclass. Arrest plan today. Seek interim SPO via legal.""",
    spans=[
        ("STALK_CONTACT", "texts saying he misses her"),
        ("STALK_LOITER", "was in the car park of her block at 0100"),
        ("REPETITION", "4 or 5 since June"),
        ("STALK_MONITOR", "logged into IP's iCloud using an old password, read her messages"),
        ("THREAT_VIOLENCE", "if I see you with anyone else I'll kill you both"),
        ("STALK_TURN_UP", "attended her work 3 times"),
        ("STALK_LOITER", "waited by the staff exit"),
        ("STALK_WATCH", "sent photo of IP taken through her window"),
        ("THREAT_VIOLENCE", "I'll break your neck"),
        ("FEAR_OF_VIOLENCE", "believes he will seriously hurt her"),
        ("SERIOUS_IMPACT", "Has moved in with her brother since 12/08"),
        ("SERIOUS_IMPACT", "is off work sick (fit note seen)"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="lower", noise="typos", batch="yh",
    pattern="stranger_waits_outside_mosque_follows_and_photographs_woman_repeated_hijab_threat", relationship="stranger", occasions=6,
    text="""\
cad 3321 18/10 - sus male
caller (female, 40s, name withheld at her request - details on sys) says a white male, 50s, grey beard, has been outside Jamia mosque on Tanner St 'loads of times' when she comes out from jumah, staring at her specificaly. today he followed her 300 yds to her car, took photos of her and her car reg on his phone and said 'ill rip that rag off your head and strangle you with it'.
caller says he said almost exactly the same thing 2 weeks ago at the bus stop but she didnt report it.
she is scared he will attack her, 'he looks at me like he hates me'.
upd 19/10 (oic): mosque cctv - male seen outside on 4 consecutive fridays, only moves off when caller leaves. ident by pcso as Raymond Hurst, local. reclass from 'suspicious male' to rel agg stalking w/ fear of violence.""",
    spans=[
        ("STALK_LOITER", "outside Jamia mosque on Tanner St 'loads of times'"),
        ("STALK_WATCH", "staring at her specificaly"),
        ("STALK_FOLLOW", "followed her 300 yds to her car"),
        ("STALK_MONITOR", "took photos of her and her car reg on his phone"),
        ("RELIGIOUS_HOSTILITY", "ill rip that rag off your head"),
        ("THREAT_VIOLENCE", "strangle you with it"),
        ("REPETITION", "said almost exactly the same thing 2 weeks ago at the bus stop"),
        ("FEAR_OF_VIOLENCE", "she is scared he will attack her"),
        ("REPETITION", "4 consecutive fridays"),
    ],
)

case(
    32, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="yh",
    pattern="neighbour_homophobic_abuse_five_times_one_threat_not_feared_ra_flag_removed", relationship="neighbour", occasions=5,
    text="""\
Review of crime recorded as 'RA harassment w/ fear of violence'.
Facts: IP (Mr Lewis Grant) and his husband live at 8 Poplar Walk. SUSP is the neighbour at 10. On 5 occasions in Aug/Sept SUSP has shouted abuse at IP over the garden wall - 'f****t', 'bum boy', 'disgusting queers'. On one occasion only (12/09) he said 'I'll batter you'. IP says he is not really worried by that, it was said in temper, and he has not changed anything.
Points:
1) RA flag: the hostility is homophobic. That is not racial or religious for s.32 - remove flag. Hate crime (sexual orientation) marker added instead and flagged for CPS re sentence uplift.
2) Fear of violence: one threat, IP not in fear. s.4 not met.
3) Leaves s.2 harassment. Amend.""",
    spans=[
        ("REPETITION", "On 5 occasions in Aug/Sept"),
        ("STALK_CONTACT", "shouted abuse at IP over the garden wall"),
        ("THREAT_VIOLENCE", "I'll batter you"),
    ],
)

case(
    33, "aggravated_harassment", "CR",
    voice="call_log", case="lower", noise="heavy", batch="yh",
    pattern="withheld_caller_racist_calls_to_takeaway_nine_times", relationship="stranger", occasions=9,
    text="""\
cad - nuisance calls to takeaway. ip mr wei zhang, golden dragon. same withheld male rang 9 times 2/3-9/3 doing 'ching chong' voice, calling ip 'dirty chink dog eater'. ra harassment.""",
    spans=[
        ("STALK_CONTACT", "same withheld male rang 9 times"),
        ("REPETITION", "2/3-9/3"),
        ("RACIAL_HOSTILITY", "doing 'ching chong' voice"),
        ("RACIAL_HOSTILITY", "calling ip 'dirty chink dog eater'"),
    ],
)

case(
    34, "harassment_fear_of_violence", "CF",
    voice="updates", case="inconsistent", noise="typos", batch="yh",
    pattern="neighbour_disability_abuse_two_threats_to_tip_wheelchair_user", relationship="neighbour", occasions=4,
    text="""\
INITIAL: harassment (disability hate) - LOW risk
upd PC 881: IP Mr Graham Tuffin, uses wheelchair, lives ground flr. SUSP Lee Hanley, 1st flr same block. Hanley calls IP 'spacker' and 'cripple' whenever they pass. On 2 seperate dates (3rd and 17th Jan) he has said he will 'tip you out of that chair and stamp on you'. IP v scared - says he can't defend himself and believes Hanley will do it.
upd SGT: classification is underselling this - 2 threats + IP fears violence = s.4 not s.2. disability hostility is NOT racial/religious so no s.32; flag as disability hate crime for sentencing. RECLASS.""",
    spans=[
        ("STALK_CONTACT", "calls IP 'spacker' and 'cripple' whenever they pass"),
        ("REPETITION", "On 2 seperate dates (3rd and 17th Jan)"),
        ("THREAT_VIOLENCE", "tip you out of that chair and stamp on you"),
        ("FEAR_OF_VIOLENCE", "IP v scared"),
        ("FEAR_OF_VIOLENCE", "believes Hanley will do it"),
    ],
)

case(
    35, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="yh",
    pattern="ex_partner_daily_texts_location_app_drive_bys_threats_to_new_partner_victim_unafraid", relationship="ex_partner", occasions=8,
    text="""\
pnb - 22/02 attended ip's addr re 'threats' - ip female 34, ex partner dean kirby (sep oct).
ip shows msgs: since jan kirby has texted daily asking who shes seeing, sent screenshots of her location from life360 (he set it up on her phone when they were together, she didnt know it was still on), drove past her house 'every night last week' per neighbour.
msgs incl 'ill smash your new fella's face' (x2) and 'ill make you sorry'.
ip laughs it off - 'he's all mouth, never laid a finger on me in 6 yrs, i'm not scared of him'. dash std.
life360 removed by me with ip consent. advised re s.2A. ip wants words with him only, will review w/ sgt.""",
    spans=[
        ("STALK_CONTACT", "kirby has texted daily asking who shes seeing"),
        ("STALK_MONITOR", "sent screenshots of her location from life360"),
        ("STALK_TURN_UP", "drove past her house"),
        ("REPETITION", "'every night last week'"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="yh",
    pattern="landlord_enters_muslim_tenants_flat_camera_on_her_door_islamophobic_notes", relationship="landlord", occasions=8,
    text="""\
Crime summary. Orig class: 'Landlord/tenant dispute - civil. Advice given.' (CAD 17/03). Reclass by IMU 24/03 - see below.
IP Nadia Rahman, 26, rents flat 2 at 19 Bank Terrace. Landlord is Martin PYKE who lives in flat 1.
- Pyke has let himself into IP's flat without notice at least 3 times while she was at work; she knows because things in her bedroom were moved, and on one occasion her prayer mat was thrown in the bin.
- He has put a camera in the shared hall pointing at her door (not the front door) and has commented on her visitors.
- Notes under her door: 'Islam is a cult of paedos' and 'no burkas in my house'.
- Sends texts most evenings commenting on what she wore that day.
IP says it's weird and creepy; she is not in fear and is staying put as the rent is cheap. Rent paid up to date, no dispute about money or repairs.
IMU: not a civil dispute - entry to her flat, monitoring, fixation on her appearance + religious hostility.""",
    spans=[
        ("STALK_PROPERTY", "let himself into IP's flat without notice"),
        ("REPETITION", "at least 3 times while she was at work"),
        ("RELIGIOUS_HOSTILITY", "her prayer mat was thrown in the bin"),
        ("STALK_MONITOR", "put a camera in the shared hall pointing at her door"),
        ("STALK_MONITOR", "commented on her visitors"),
        ("STALK_CONTACT", "Notes under her door"),
        ("RELIGIOUS_HOSTILITY", "'Islam is a cult of paedos'"),
        ("RELIGIOUS_HOSTILITY", "'no burkas in my house'"),
        ("STALK_CONTACT", "Sends texts most evenings"),
        ("FIXATION", "commenting on what she wore that day"),
    ],
)

case(
    37, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="abbrev", batch="yh",
    pattern="scaffolder_colleague_racist_threats_on_site_entries_out_of_order", relationship="colleague", occasions=2,
    text="""\
OEL (NOT in date order - entered as obtained)
[3] 09/05 - W2 (site foreman) confirms he heard SUSP say to IP in the canteen on 01/05 'I'll put you under a digger you black c***, see if anyone misses you'.
[1] 02/05 - IP Kwame Asante reports threats at work, housing site Thorpe Park. At first IP thought it was a wind-up.
[2] 06/05 - IP provides WhatsApp from SUSP (Jason Leck, scaffolder) dated 30/04: 'monkeys shouldnt be on scaffolding, one push and youre splattered'.
[4] 10/05 - IP now says he is genuinely scared Leck will push him off the scaffold or jump him, esp as Leck has been telling others he 'will sort him'. IP has not been back to site since 07/05.
Classification on creation 'harassment s.2' - upgrade to RA s.4 (two threats, two dates, in fear).""",
    spans=[
        ("THREAT_VIOLENCE", "I'll put you under a digger"),
        ("RACIAL_HOSTILITY", "you black c***"),
        ("RACIAL_HOSTILITY", "monkeys shouldnt be on scaffolding"),
        ("THREAT_VIOLENCE", "one push and youre splattered"),
        ("FEAR_OF_VIOLENCE", "genuinely scared Leck will push him off the scaffold or jump him"),
        ("SERIOUS_IMPACT", "IP has not been back to site since 07/05"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="typos", batch="yh",
    pattern="dating_app_match_rejected_after_one_date_finds_socials_turns_up_at_gym_repeated_threat", relationship="online", occasions=5,
    text="""\
Call 1017 - caller says man she matched with on Hinge (met once for coffee 3 wks ago, she said no to a 2nd date) wont leave her alone. 50+ messages, found her on Insta + LinkedIn, turned up at her gym Mon and Wed. Today msg 'you dont get to ghost me, ill make you regret it when i catch you alone' - he said nearly the same on Sat. Caller scared he'll hurt her when she's on her own, 'i keep looking over my shoulder'. Still at work, still going to gym. Graded P2.""",
    spans=[
        ("UNWANTED", "she said no to a 2nd date"),
        ("STALK_CONTACT", "50+ messages"),
        ("STALK_MONITOR", "found her on Insta + LinkedIn"),
        ("STALK_TURN_UP", "turned up at her gym Mon and Wed"),
        ("FIXATION", "you dont get to ghost me"),
        ("THREAT_VIOLENCE", "ill make you regret it when i catch you alone"),
        ("REPETITION", "he said nearly the same on Sat"),
        ("FEAR_OF_VIOLENCE", "Caller scared he'll hurt her when she's on her own"),
    ],
)

case(
    39, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="crime_summary", case="upper", noise="abbrev", batch="yh",
    pattern="pnc_intel_ex_partner_follows_to_work_racist_messages_repeated_fire_threat", relationship="ex_partner", occasions=6,
    text="""\
PNC WARNING MARKERS/INT - SUSP: CRAIG DAWLISH
INT: SUSP SUBJECT OF S.2A INVESTIGATION (VIC = EX-PARTNER PRIYA MISTRY). SINCE SEP SUSP FOLLOWED VIC TO WORK ON 4 OCCASIONS, SENT MSGS CALLING HER 'CURRY MUNCHING SLAG' AND THREATENED TO 'SET YOU ON FIRE LIKE A DIWALI CANDLE' ON 02/10 AND AGAIN ON 08/10. VIC FEARS HE WILL CARRY IT OUT.
MARKERS: VIOLENT, DOMESTIC, HATE. APPROACH WITH CAUTION.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWED VIC TO WORK ON 4 OCCASIONS"),
        ("STALK_CONTACT", "SENT MSGS CALLING HER"),
        ("RACIAL_HOSTILITY", "CURRY MUNCHING SLAG"),
        ("THREAT_VIOLENCE", "SET YOU ON FIRE LIKE A DIWALI CANDLE"),
        ("REPETITION", "AGAIN ON 08/10"),
        ("FEAR_OF_VIOLENCE", "VIC FEARS HE WILL CARRY IT OUT"),
    ],
)

case(
    40, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="clean", batch="yh",
    pattern="football_club_acquaintance_racist_messages_threats_to_son_only", relationship="acquaintance", occasions=11,
    text="""\
OIC update 3 - re-read of file before CPS advice.
Heading on system says 'Harassment - fear of violence (s.4)'. I don't think s.4 is made out and have amended.
- IP Mrs Hodan Warsame. SUSP Paul Jessop, known to IP through her son's football club.
- Between 12/01 and 02/02 Jessop sent IP 11 Facebook messages calling her a 'Somali scrounger' and 'boat person' and telling her to 'go back to the desert'.
- Two of the messages (18/01, 29/01) say he'll 'break your lad's legs' if he sees him at the club again.
- IP in interview: she is frightened for her son, not for herself; Jessop has never said anything about hurting her and she isn't worried he'll come for her.
So the threats are to her son, not to IP. No fear of violence to IP = not s.4. Racially aggravated s.2 harassment. Separate crime to be raised with the son as victim of the threats.""",
    spans=[
        ("REPETITION", "Between 12/01 and 02/02"),
        ("STALK_CONTACT", "Jessop sent IP 11 Facebook messages"),
        ("RACIAL_HOSTILITY", "'Somali scrounger' and 'boat person'"),
        ("RACIAL_HOSTILITY", "'go back to the desert'"),
        ("DISTRESS", "she is frightened for her son"),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="yh",
    pattern="online_blogger_fixated_on_black_journalist_racist_posts_emails_attends_talks", relationship="online", occasions=10,
    text="""\
Referral from newsroom security manager (pasted into log). Subject line: 'online trolling - reporter'.
I don't think 'trolling' covers it. Since March a man posting as TruthSeeker77, now identified by our legal team as Gordon MAYHEW, has written a blog entirely about our reporter Ms Abena Owusu - 40+ posts, in which he calls her a 'jungle diversity hire' and an 'affirmative action ape'. He has emailed her personally 3-4 times a week. He attended two of her public talks (Leeds 12/4, Sheffield 3/5) and sat in the front row filming her. Last week he posted the times of her commute.
Abena is fairly unfazed - she calls it an occupational hazard - and isn't frightened or changing anything, but we want it on record and would like advice on next steps.""",
    spans=[
        ("STALK_PUBLISH", "written a blog entirely about our reporter"),
        ("REPETITION", "40+ posts"),
        ("RACIAL_HOSTILITY", "'jungle diversity hire'"),
        ("RACIAL_HOSTILITY", "'affirmative action ape'"),
        ("STALK_CONTACT", "emailed her personally 3-4 times a week"),
        ("STALK_TURN_UP", "attended two of her public talks"),
        ("STALK_WATCH", "sat in the front row filming her"),
        ("STALK_MONITOR", "posted the times of her commute"),
    ],
)

case(
    42, "stalking", "CS",
    voice="supervisor_review", case="lower", noise="typos", batch="yh",
    pattern="neighbouring_lodger_flowers_watching_repeated_visits_one_threat_wrong_nominal_corrected", relationship="neighbour", occasions=9,
    text="""\
sgt review - recorded as 'STALKING W/ FEAR OF VIOLENCE s.4A'
read ip stmt. neighbour (first shown as the owner at no.7 - correction per upd 4: susp is ALAN BEVERIDGE, lodger at no.7, not the owner) has been leaving flowers on ips doorstep, watching her from his window when she is in the garden, and has knocked on her door 6 or 7 times since may asking her out. on 30/06 after she told him to stop he said 'you'll be sorry, ill hurt you'. one threat only, not repeated. ip says it shook her and she's been on edge but hasnt changed anything.
one threat = not fear on 2 occasions. no concrete change so not serious alarm/distress either. s.2A stalking stands. amend class.
pls also correct susp details on niche - still shows wrong nominal.""",
    spans=[
        ("STALK_GIFTS", "leaving flowers on ips doorstep"),
        ("STALK_WATCH", "watching her from his window when she is in the garden"),
        ("STALK_TURN_UP", "knocked on her door 6 or 7 times since may"),
        ("FIXATION", "asking her out"),
        ("UNWANTED", "she told him to stop"),
        ("THREAT_VIOLENCE", "you'll be sorry, ill hurt you"),
        ("DISTRESS", "it shook her and she's been on edge"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="abbrev", batch="yh",
    pattern="father_in_law_religious_abuse_and_death_threats_over_marriage_first_logged_family_dispute", relationship="family", occasions=4,
    text="""\
Log: FAMILY DISPUTE - words of advice, no offences (PC 3102, 04/04)
Addendum 09/04 DC Hale: IP Arjun Nair re-attended with his phone. Wife's father Geoffrey MARSH disapproves of the marriage. Msgs from Marsh:
 01/04 'no heathen cow-worshipper is going to be part of my family'
 03/04 'leave her or I will kill you, I mean it'
 07/04 'last warning. you'll be found in the canal'
Also turned up at IP's work 02/04 shouting 'Hindu scum' in reception.
IP says he is afraid Marsh will attack him - Marsh holds a shotgun certificate. IP's wife supports.
The 04/04 log only covered the work incident and IP wasn't asked about msgs. Re-record: RelA harassment s.4 PHA. Firearms licensing informed.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "no heathen cow-worshipper is going to be part of my family"),
        ("THREAT_VIOLENCE", "leave her or I will kill you, I mean it"),
        ("THREAT_VIOLENCE", "you'll be found in the canal"),
        ("STALK_TURN_UP", "turned up at IP's work 02/04"),
        ("RELIGIOUS_HOSTILITY", "'Hindu scum'"),
        ("FEAR_OF_VIOLENCE", "he is afraid Marsh will attack him"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="lower", noise="heavy", batch="yh",
    pattern="passenger_rides_drivers_route_every_shift_waits_at_depot_racist_notes_driver_signed_off", relationship="customer", occasions=14,
    text="""\
handover nts - earlies
1) ongoing - bus driver job (was put on as 'ASB on bus' - it isnt)
ip: denise campbell, driver, route 7. susp: male 60s known to drivers as 'the anorak', ident yday as ronald fitch.
- rides route 7 every day shes on, only when shes on (depot checked rota v his pass use - matches 11 of last 12 shifts)
- sits directly behind cab, stares, comments on her hair/body
- waited outside depot gates at end of her shift 3 times last wk
- after she told him to stop talking to her (01/09) he started leaving notes on the cab screen calling her a 'jumped up n****r' and 'bush monkey'
ip signed off sick since 08/09, bus co have moved her to a depot in another town at her request.
no threats - ip says shes not worried hell attack her, its the constant presence.
todo: stmt from depot mgr re rota, pass data from bus co (dpa form sent)""",
    spans=[
        ("STALK_FOLLOW", "rides route 7 every day shes on, only when shes on"),
        ("REPETITION", "matches 11 of last 12 shifts"),
        ("STALK_WATCH", "sits directly behind cab, stares"),
        ("FIXATION", "comments on her hair/body"),
        ("STALK_LOITER", "waited outside depot gates at end of her shift 3 times last wk"),
        ("UNWANTED", "she told him to stop talking to her"),
        ("STALK_CONTACT", "leaving notes on the cab screen"),
        ("RACIAL_HOSTILITY", "'jumped up n****r' and 'bush monkey'"),
        ("SERIOUS_IMPACT", "ip signed off sick since 08/09"),
        ("SERIOUS_IMPACT", "moved her to a depot in another town at her request"),
    ],
)
