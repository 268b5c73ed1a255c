# ruff: noqa: E501
"""Hand-written narratives, writer u: cluttered records."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="u",
    pattern="damage_report_reveals_loitering_ex", relationship="ex_partner", occasions=4,
    text="""\
Initially reported as crim damage only (wing mirror snapped off IP's Corsa on Pelham Rd overnight 11/02, see 47/2281/24). On speaking to IP Danielle FORSYTH she discloses ex-p Kieran WADE has been parked at the end of her road in his white Transit on at least 3 evenings since they split at New Year, engine running. IP has asked him via his mum to leave her alone. Neighbour at no.14 also noticed van. IP not sure it was him who did the mirror - no CCTV, nothing seen. Susp also sent a card to her work 'we're not finished'. IP not frightened of him as such, just wants it to stop. Damage filed pending further info; PHA recorded separately.""",
    spans=[
        ("STALK_LOITER", "parked at the end of her road in his white Transit"),
        ("REPETITION", "on at least 3 evenings since they split at New Year"),
        ("UNWANTED", "asked him via his mum to leave her alone"),
        ("STALK_GIFTS", "sent a card to her work"),
        ("FIXATION", "'we're not finished'"),
    ],
)

case(
    2, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="u",
    pattern="two_victims_one_course_abuse", relationship="neighbour", occasions=3,
    text="""\
14/06 1120 PC 4471 DRAYCOTT: Attended 22 Mossley Close re dispute. Two complainants - Mr Owen PRICE (no.22) and his lodger. Lodger's complaint re a bike taken from the side passage is separate, crime ref 52/9910/24, no susp.
Re Mr PRICE: neighbour Gareth LLOYD at no.24 has shouted abuse at him over the fence on 3 occasions in the last fortnight, calling him a 'fat nonce' and a 'waste of space', most recently this morning while PRICE was putting bins out. Also shouted it at his grandchildren's visit on Sunday. PRICE says he's fed up and embarrassed in front of family. No threats. LLOYD spoken to at door, says PRICE started it over a hedge - PRICE denies, hedge matter is historic.
15/06 0900 OIC: Crime recorded for PRICE only. Lodger not affected by the abuse.""",
    spans=[
        ("REPETITION", "on 3 occasions in the last fortnight"),
        ("DISTRESS", "fed up and embarrassed in front of family"),
    ],
)

case(
    3, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="u",
    pattern="single_drunk_threat_plus_dd", relationship="acquaintance", occasions=1,
    text="""\
2314 CLR REPORTS MALE DRUNK IN CAR PARK OF THE PLOUGH, GOOSNARGH, TRYING TO GET INTO BLK GOLF KEYS IN HAND. 2319 CLR ADDS MALE (KNOWN TO HER AS LIAM OKONJO) HAD SHOUTED AT HER IN BAR 'YOU'LL GET A SLAP' WHEN SHE REFUSED TO SERVE HIM. FIRST TIME SHE HAS HAD ANY ISSUE WITH HIM. 2331 MALE IN DRIVERS SEAT, BREATH POS, ARRESTED DD. CLR HAPPY FOR THREAT TO BE DEALT WITH AS PART OF WORDS OF ADVICE, DOESNT WANT TO PROVIDE STATEMENT.""",
    spans=[
        ("THREAT_VIOLENCE", "'YOU'LL GET A SLAP'"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSF",
    voice="statement", case="mixed", noise="clean", batch="u",
    pattern="burglary_report_uncovers_stalker", relationship="ex_partner", occasions=5,
    text="""\
I am making this statement about the break in at my flat, 3b Linnet Court, on Thursday 9th May, and about other things that have been happening with my ex partner Ross HENDRY.

When I got home from my shift at about 7pm on the Thursday the back window had been forced. Nothing much was taken, a bit of cash and my old phone. The thing that scared me was that my bedside drawer had been gone through and a photo of me and Ross from Majorca had been left on my pillow. I have not seen that photo since I moved out.

Since I ended it in February Ross has turned up at the café where I work four or five times. He sits by the window and orders one coffee and watches me. Twice he has been outside when I lock up and walked behind me to the bus stop. I told him in March that I did not want any contact at all.

After the photo I am frightened he is going to hurt me. When he walked behind me the second time I honestly thought he was going to grab me, and I feel the same every time I lock up now. My brother collects me from work.""",
    spans=[
        ("STALK_PROPERTY", "my bedside drawer had been gone through"),
        ("STALK_GIFTS", "a photo of me and Ross from Majorca had been left on my pillow"),
        ("STALK_TURN_UP", "turned up at the café where I work"),
        ("REPETITION", "four or five times"),
        ("STALK_WATCH", "orders one coffee and watches me"),
        ("STALK_FOLLOW", "walked behind me to the bus stop"),
        ("UNWANTED", "I told him in March that I did not want any contact at all"),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to hurt me"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to grab me"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="u",
    pattern="takeaway_owner_racial_abuse_and_damage", relationship="customer", occasions=3,
    text="""\
SUSP ATTENDS IP'S TAKEAWAY (GOLDEN WOK, HIGH ST) ON 3 OCCS OVER 10 DAYS, REFUSES TO PAY, CALLS IP 'CHINKY' AND TELLS HIM TO 'GO BACK TO CHINA'. ON 3RD OCC KICKS DISPLAY FRIDGE - DAMAGE REC SEP 61/4420/23. IP UPSET, STAFF SHAKEN.""",
    spans=[
        ("REPETITION", "ON 3 OCCS OVER 10 DAYS"),
        ("RACIAL_HOSTILITY", "CALLS IP 'CHINKY'"),
        ("RACIAL_HOSTILITY", "TELLS HIM TO 'GO BACK TO CHINA'"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="u",
    pattern="assault_plus_later_threats_brother_in_law", relationship="family", occasions=3,
    text="""\
Sgt 2209 review. This record was opened as a common assault (push at family BBQ 02/08, IP Tomasz NOWAK pushed by brother-in-law Darren HUGHES - minor, no injury, NFA'd by IP's choice). Since then HUGHES has sent IP two voice notes on 05/08 and 09/08 saying he will 'put him in hospital' over money owed for a car. IP told OIC after the first one he was sure Darren would come round and do it and he kept the chain on the door, and after the second he couldn't sleep thinking he'd be jumped at work. Nothing about following or watching him - it's the threats. Assault stays NFA; please record threats as a separate crime and link. Susp to be interviewed, voice notes to be downloaded. OIC to update by 20/08.""",
    spans=[
        ("THREAT_VIOLENCE", "he will 'put him in hospital'"),
        ("REPETITION", "two voice notes on 05/08 and 09/08"),
        ("FEAR_OF_VIOLENCE", "he was sure Darren would come round and do it"),
        ("FEAR_OF_VIOLENCE", "couldn't sleep thinking he'd be jumped at work"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="u",
    pattern="dash_with_racial_slurs_and_tracking", relationship="ex_partner", occasions=4,
    text="""\
DASH completed at scene following report of missing car keys/spare fob (theft from dwelling logged 44/7781/25, susp unknown - IP suspects ex).
Standard risk, 6 ticks. Q8 yes - ex-BF Callum STOTT keeps messaging from new numbers after she blocked him, about 30 msgs this week, and knew she'd been at her sister's in Leek on Saturday though she hadn't told anyone. IP Priya BHATT says he's started calling her a 'P*** b***h' in the messages since she started seeing someone from her temple. IP is annoyed more than scared - 'he's pathetic'. No violence in relationship. No change to routine. Refer IDVA with consent.""",
    spans=[
        ("STALK_CONTACT", "keeps messaging from new numbers after she blocked him"),
        ("REPETITION", "about 30 msgs this week"),
        ("STALK_MONITOR", "knew she'd been at her sister's in Leek on Saturday"),
        ("RACIAL_HOSTILITY", "calling her a 'P*** b***h'"),
    ],
)

case(
    8, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="redacted", batch="u",
    pattern="two_suspects_one_stalker_racial", relationship="neighbour", occasions=6,
    text="""\
03/10 Update (OIC DC XXXX): Two suspects on this occurrence. S1 [REDACTED] - one egg thrown at IP's door 12/09, nothing further, insufficient evidence, filed for that part. S2 Mark BRENNAN (no. 7) is the main issue.
IP Mrs Amara EZE has kept a diary (exhibit AE/1). Since late Aug BRENNAN has stood at his gate and watched her leave for work most mornings, photographed her car, and on 4 occasions followed her on foot to the corner shop. On 19/09 he shouted 'you lot don't belong here, go back to Africa' as she passed. Note through her door 26/09 saying 'we know where you go'.
IP now takes a taxi to work rather than walk, has had a Ring doorbell fitted and her daughter stays with her. She says she is not so much scared of being hurt as 'worn down'. Plan: arrest S2, DPS re diary.""",
    spans=[
        ("STALK_WATCH", "watched her leave for work most mornings"),
        ("STALK_WATCH", "photographed her car"),
        ("REPETITION", "on 4 occasions"),
        ("STALK_FOLLOW", "followed her on foot to the corner shop"),
        ("RACIAL_HOSTILITY", "'you lot don't belong here, go back to Africa'"),
        ("FIXATION", "'we know where you go'"),
        ("SERIOUS_IMPACT", "now takes a taxi to work rather than walk"),
        ("SERIOUS_IMPACT", "has had a Ring doorbell fitted"),
        ("DISTRESS", "'worn down'"),
    ],
)

case(
    9, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="u",
    pattern="shop_worker_religious_threats_plus_theft", relationship="customer", occasions=3,
    text="""\
SUN 17/03 1545. Off Licence, 88 Cawdor St. Spoke to IP Mr Harjit SANDHU (shop owner). Theft of 2 x bottles vodka at 1510 by youth - separate, CCTV seized exhibit JR/1.
IP also states male known as 'Shaun' (SHAUN TATE?) has come in 3 times since Weds, pointed at IP's turban and said 'I'll rip that rag off your head and burn it'. IP states "I THOUGHT HE WAS GOING TO HIT ME" on Weds, and again Friday when Shaun leaned over counter - IP pressed the panic alarm. IP now keeps bat under counter (advised). Shaun not present today. 1610 left scene.""",
    spans=[
        ("REPETITION", "has come in 3 times since Weds"),
        ("RELIGIOUS_HOSTILITY", "pointed at IP's turban"),
        ("THREAT_VIOLENCE", "'I'll rip that rag off your head and burn it'"),
        ("FEAR_OF_VIOLENCE", "\"I THOUGHT HE WAS GOING TO HIT ME\""),
        ("FEAR_OF_VIOLENCE", "IP pressed the panic alarm"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="u",
    pattern="bailiff_visits_plus_unrelated_assault", relationship="business", occasions=3,
    text="""\
Result: NFA re PHA element. IP Shelley ABARA complained of 'harassment' by enforcement agents from Marston Collect attending 3 times re council tax arrears, plus letters. Visits were during permitted hours, agents identified themselves, no abuse. Lawful enforcement - civil matter, IP given advice re council payment plan. Separate assault on IP by her son's friend 02/04 (slap) - IP declined to support, 31/2290/25 closed outcome 16.""",
    spans=[],
)

case(
    11, "stalking", "CS",
    voice="third_party", case="lower", noise="typos", batch="u",
    pattern="mother_reports_missing_daughter_and_stalker", relationship="online", occasions=5,
    text="""\
caller is mum of IP (Keeley 16). rang in first as misper as keeley didnt come home from college, she turned up at 2130 at a friends so misper closed. while officer was there mum mentioned a lad keeley met on snapchat, goes by 'jaydn_x', has been messaging her non stop for about 3 wks. keeley blocked him twice and he just makes new acounts. he has also turned up at the college gates twice and waited for her and asked her friends what bus she gets. keeley is more embarassed than scared and didnt want mum to ring. no threats. mum worried about him knowing her bus.""",
    spans=[
        ("STALK_CONTACT", "messaging her non stop for about 3 wks"),
        ("UNWANTED", "keeley blocked him twice"),
        ("STALK_CONTACT", "he just makes new acounts"),
        ("STALK_TURN_UP", "turned up at the college gates twice and waited for her"),
        ("FIXATION", "asked her friends what bus she gets"),
    ],
)

case(
    12, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="u",
    pattern="ex_colleague_abusive_emails_plus_fraud_ref", relationship="colleague", occasions=6,
    text="""\
The victim, Ms Rhiannon Pugh, reports that a former colleague, Stuart Ellery, has sent her six abusive emails between 1 and 20 March after she gave evidence at his disciplinary hearing. The emails call her a liar and a 'snake' and say everyone at the depot hates her. They are sent to her work address only. The victim says she has been upset and has found it hard to concentrate. There is no suggestion of him following her or trying to see her. A separate allegation that Ellery misused a fuel card is being dealt with by the employer and is not a police matter at this stage. Ellery to be interviewed by appointment.""",
    spans=[
        ("REPETITION", "six abusive emails between 1 and 20 March"),
        ("DISTRESS", "has been upset and has found it hard to concentrate"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="u",
    pattern="vps_after_tyre_damage_and_watching", relationship="colleague", occasions=6,
    text="""\
I understand this statement may be read in court. I want to explain how the last four months have affected me.

The police first came because my tyres were let down in the staff car park, and then they were slashed a week later. I know that is being dealt with as damage. But that was only part of it. Nathan Cobbold from the warehouse side sends me messages every day even though I have asked him to stop and reported him to HR. He leaves chocolate and notes on my desk. He knows what time I go on my break and is always there at the vending machine.

I have asked to move to the Sheffield site and now drive forty minutes further each way. I have been signed off for two weeks with anxiety by my GP. I don't go to the work social events any more. I check my car before I get in it every single time.""",
    spans=[
        ("STALK_PROPERTY", "my tyres were let down in the staff car park"),
        ("STALK_PROPERTY", "slashed a week later"),
        ("STALK_CONTACT", "sends me messages every day"),
        ("UNWANTED", "I have asked him to stop and reported him to HR"),
        ("STALK_GIFTS", "leaves chocolate and notes on my desk"),
        ("FIXATION", "knows what time I go on my break"),
        ("SERIOUS_IMPACT", "asked to move to the Sheffield site"),
        ("SERIOUS_IMPACT", "signed off for two weeks with anxiety by my GP"),
        ("SERIOUS_IMPACT", "I don't go to the work social events any more"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="u",
    pattern="rtc_followed_by_road_rage_threats", relationship="acquaintance", occasions=2,
    text="""\
1742 CLR NATHANIEL ASANTE STATES MINOR RTC YESTERDAY OUTSIDE SCHOOL, OTHER PARTY (DEAN MORLEY, DAD FROM SAME SCHOOL) BLAMED HIM. INSURANCE DETAILS EXCHANGED - CIVIL.
1745 CLR STATES MORLEY CAME UP TO HIM AT PICK UP TODAY AND SAID 'YOURE GETTING YOUR HEAD KICKED IN', AND THIS AFTERNOON RANG HIM SAYING HE KNOWS WHERE HE LIVES AND WILL 'SORT HIM OUT PROPERLY'. CLR STATES HE WAS SHAKING AT THE SCHOOL GATE THINKING MORLEY WOULD SWING FOR HIM IN FRONT OF KIDS, AND NOW BELIEVES HE WILL COME TO HOUSE AND ATTACK HIM. CLR HAS LOCKED DOORS.
1750 THRIVE DONE, G2. CAD 1188 18/01.""",
    spans=[
        ("THREAT_VIOLENCE", "'YOURE GETTING YOUR HEAD KICKED IN'"),
        ("THREAT_VIOLENCE", "'SORT HIM OUT PROPERLY'"),
        ("FEAR_OF_VIOLENCE", "THINKING MORLEY WOULD SWING FOR HIM"),
        ("FEAR_OF_VIOLENCE", "BELIEVES HE WILL COME TO HOUSE AND ATTACK HIM"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="u",
    pattern="appeal_retelling_taxi_driver_abuse", relationship="customer", occasions=2,
    text="""\
The complainant, a private hire driver of Kurdish heritage, drove the appellant home from a public house on two Saturday nights in November 2022. On the first occasion the appellant refused to pay the full fare and called him 'a dirty immigrant' and 'a f***ing terrorist'. On the second, a fortnight later, he recognised the driver, repeated that he should 'go back where he came from', and spat at the windscreen. The appellant was also convicted of making off without payment, which is not the subject of this appeal. The complainant did not fear violence but described the incidents as humiliating.""",
    spans=[
        ("RACIAL_HOSTILITY", "'a dirty immigrant'"),
        ("RELIGIOUS_HOSTILITY", "'a f***ing terrorist'"),
        ("REPETITION", "On the second, a fortnight later"),
        ("RACIAL_HOSTILITY", "'go back where he came from'"),
        ("DISTRESS", "humiliating"),
    ],
)

case(
    16, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="u",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
21/07 OIC: Reviewed linked logs. Incident 1 (CAD 0412 of 02/02): verbal argument between IP Shannon MCBRIDE and then partner Lewis GRAY, GRAY punched a door (his own property) - no offences, words of advice. Couple reconciled in March and lived together until June.
Incident 2 (CAD 2210 of 18/07): GRAY sent IP one abusive text calling her a 'slag' after she ended it. IP has blocked him, no further contact since. IP confirms no other messages, visits or calls.
Two events 5 months apart with a reconciliation in between - not a course of conduct. Single text considered under Malicious Comms, IP doesn't support. NFA. DASH standard.""",
    spans=[],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="u",
    pattern="antisemitic_neighbour_filming_and_letters", relationship="neighbour", occasions=5,
    text="""\
I live at 12 Gorse Hill with my husband and our three children. We are Orthodox Jewish and my husband wears a kippah.

Since the beginning of September the man at number 15, who I know as Phil, has been filming us from his front window whenever we walk to synagogue on a Saturday. I have seen the phone held up against the glass on at least five Saturdays. Twice he has come out and walked a few metres behind us to the end of the road.

On the 6th October an envelope came through our door with a printout of a photo of us walking, and written across it 'Jew rats, we've got our eye on you'. I believe Phil sent it because the photo was taken from his window angle.

Separately, our recycling bin was set on fire on the 14th. I don't know who did that and I am not saying it was him. I am not afraid he will attack us but I don't want my children growing up being watched.""",
    spans=[
        ("STALK_WATCH", "filming us from his front window"),
        ("REPETITION", "on at least five Saturdays"),
        ("STALK_FOLLOW", "walked a few metres behind us to the end of the road"),
        ("STALK_PUBLISH", "a printout of a photo of us walking"),
        ("RELIGIOUS_HOSTILITY", "'Jew rats, we've got our eye on you'"),
    ],
)

case(
    18, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="u",
    pattern="mo_gps_tracker_plus_dd_arrest", relationship="ex_partner", occasions=3,
    text="""\
SUSP (EX-P) FITS GPS TRACKER TO IP VEH. TURNS UP AT IP'S GYM X2 AFTER SHE TELLS HIM TO STAY AWAY. SUSP ARRESTED FOR DD ON WAY TO GYM 2ND OCC (SEP REF).""",
    spans=[
        ("STALK_MONITOR", "FITS GPS TRACKER TO IP VEH"),
        ("STALK_TURN_UP", "TURNS UP AT IP'S GYM X2"),
        ("UNWANTED", "SHE TELLS HIM TO STAY AWAY"),
    ],
)

case(
    19, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="u",
    pattern="review_reclassify_from_criminal_damage", relationship="stranger", occasions=5,
    text="""\
Crime registrar note 08/11. Recorded by OIC as 3 x criminal damage (car scratched 12/10, 19/10, 29/10) at IP's address, 41 Wexford Rd. Read with the MG11: IP Mr Sunil RAO identifies the same unknown male (later named as Jordan PAYNE) sitting in a car opposite his house for hours on most evenings, and the word 'P*KI' was scratched into the bonnet on 29/10. PAYNE also followed IP from the Co-op on 02/11 and said 'next time it's your face'. IP says he was terrified PAYNE would stab him that night and again when he saw the car back on 05/11; has not let his kids play out since. Damage should not be the principal crime here - reclassify to stalking, racially aggravated, link the three damage reports as supporting. OIC please amend.""",
    spans=[
        ("REPETITION", "12/10, 19/10, 29/10"),
        ("STALK_LOITER", "sitting in a car opposite his house for hours on most evenings"),
        ("RACIAL_HOSTILITY", "the word 'P*KI' was scratched into the bonnet"),
        ("STALK_FOLLOW", "followed IP from the Co-op on 02/11"),
        ("THREAT_VIOLENCE", "'next time it's your face'"),
        ("FEAR_OF_VIOLENCE", "he was terrified PAYNE would stab him that night"),
        ("FEAR_OF_VIOLENCE", "again when he saw the car back on 05/11"),
        ("SERIOUS_IMPACT", "has not let his kids play out since"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="mixed", noise="typos", batch="u",
    pattern="diary_polish_worker_threats_at_site", relationship="colleague", occasions=3,
    text="""\
Mon 4th - Gary on the scaffold crew said "polish scum should be sent home in a box" at tea break. Said it right to me. I was scared he would push me off the boards, we are three floors up. Told foreman.
Tues 5th - my van tyre flat, dont know who. Maybe nail. Not saying it was Gary.
Thurs 7th - Gary again, "ill bury you under the footings you polack". I didnt go up the scaffold all afternoon becuase I thought he would hit me or worse. Witness Marek.
Fri 8th - rang police, ref 3318.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"polish scum should be sent home in a box\""),
        ("FEAR_OF_VIOLENCE", "I was scared he would push me off the boards"),
        ("REPETITION", "Gary again"),
        ("THREAT_VIOLENCE", "\"ill bury you under the footings you polack\""),
        ("FEAR_OF_VIOLENCE", "I thought he would hit me or worse"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="u",
    pattern="missing_person_who_was_hiding_from_stalker", relationship="acquaintance", occasions=5,
    text="""\
Linked to misper report 09/3344 - IP Ffion DAVIES (24) reported missing by flatmate 11/09, located safe and well 12/09 at her aunt's in Aberaeron. On return interview IP disclosed she had gone there to get away from Rhys PROTHERO, a man she met twice through a climbing club. Since July he has messaged her 'dozens' of times a day, left flowers on her doorstep on 3 occasions, and she has seen him outside her flat at night. She has told him by text and in person to leave her alone. She has stopped going to the climbing wall, has given notice on her flat and intends to stay with her aunt. IP does not think he would hurt her - 'he's just everywhere'. PROTHERO no trace on PNC.""",
    spans=[
        ("STALK_CONTACT", "messaged her 'dozens' of times a day"),
        ("STALK_GIFTS", "left flowers on her doorstep"),
        ("REPETITION", "on 3 occasions"),
        ("STALK_LOITER", "seen him outside her flat at night"),
        ("UNWANTED", "told him by text and in person to leave her alone"),
        ("SERIOUS_IMPACT", "stopped going to the climbing wall"),
        ("SERIOUS_IMPACT", "has given notice on her flat"),
        ("FIXATION", "'he's just everywhere'"),
    ],
)

case(
    22, "harassment", "C",
    voice="dash_note", case="lower", noise="abbrev", batch="u",
    pattern="family_insults_multiple_victims", relationship="family", occasions=4,
    text="""\
dash std. ip (mrs june tiller 71) says grandson ashley tiller 23 has rung her 4 times since sunday drunk, calling her a 'selfish old cow' because she won't lend money. also rang her sister (separate, not ip's complaint). no threats, no following, she's not scared of him. 'hes a pain, i want him told'. ashley also suspected of shoplifting at aldi - other ref.""",
    spans=[
        ("REPETITION", "rung her 4 times since sunday"),
        ("DISTRESS", "'hes a pain, i want him told'"),
    ],
)

case(
    23, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="u",
    pattern="mutual_neighbour_row_with_damage", relationship="neighbour", occasions=2,
    text="""\
0021 Clr Mr Kevin OSEI at 9 Larch Way reports neighbour at 11 (Tony BAKER) shouting at him over party noise. 0023 Second call from BAKER - reports OSEI swore at him and kicked his wheelie bin over. 0049 Officers attended both. Both parties admit shouting and swearing at each other over the fence, both say the other started it. OSEI agrees to turn music off. Bin undamaged. Previous single noise complaint in Aug, via council. Words of advice to both. No offences. Council ASB team informed.""",
    spans=[],
)

case(
    24, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="u",
    pattern="landlord_threats_with_illegal_eviction", relationship="landlord", occasions=3,
    text="""\
I rent the ground floor flat at 28 Canal Street from Mr Vikram Lall. I fell behind with two months rent in January after losing my job.

On 10th February Mr Lall came to the flat and told me that if I wasn't out by the weekend he would 'break my jaw'. I believed him. He is a big man and he was standing right in my doorway. I was scared he was going to hit me there and then.

On 14th February I came home and the locks had been changed. I have reported that separately to the council as an illegal eviction.

On 16th February he rang me and said 'I'll find you and finish it'. Since that call I have been afraid to leave my friend's house because I think he will attack me in the street. I have missed three shifts at my new job.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'break my jaw'"),
        ("FEAR_OF_VIOLENCE", "I was scared he was going to hit me there and then"),
        ("THREAT_VIOLENCE", "'I'll find you and finish it'"),
        ("FEAR_OF_VIOLENCE", "I think he will attack me in the street"),
        ("SERIOUS_IMPACT", "I have missed three shifts at my new job"),
    ],
)

case(
    25, "stalking", "CS",
    voice="updates", case="inconsistent", noise="typos", batch="u",
    pattern="fake_profile_and_orders_with_fraud_ref", relationship="ex_partner", occasions=5,
    text="""\
12/12 PC 9034: spoke to IP Beth ARKWRIGHT by phone. Fraud on her credit card (£212 Amazon) is being dealt with by Action Fraud ref NFRC2291 - bank has refunded, NOT part of this.
IP believes ex Danny REEVE has set up a FAKE facebook in her name using her photos and is posting 'single and desperate' stuff on it. Also she has had 3 pizza deliveries she never ordered last week and a taxi turned up at 0400 booked in her name. She blocked Danny in sept when she ended it. IP says its "embarassing and annoying" but she isn't frightned of him.
13/12: request to Meta submitted re fake account. OIC to arrange interview of REEVE.""",
    spans=[
        ("STALK_PUBLISH", "set up a FAKE facebook in her name using her photos"),
        ("STALK_ORDERS", "3 pizza deliveries she never ordered"),
        ("STALK_ORDERS", "a taxi turned up at 0400 booked in her name"),
        ("UNWANTED", "She blocked Danny in sept"),
        ("DISTRESS", "\"embarassing and annoying\""),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="u",
    pattern="bus_driver_repeat_slurs", relationship="stranger", occasions=2,
    text="""\
1612 CLR IS BUS DRIVER, ROUTE 42, ABDUL KARIM. SAME MALE ON BUS AGAIN TODAY CALLING HIM 'BOMBER' AND 'MOZZY' - DID SAME LAST TUES. NO THREATS. MALE OFF AT ASDA STOP. CCTV ON BUS. DRIVER FED UP. ALSO REPORTS SMASHED SIDE WINDOW FROM STONE THROWN BY YOUTHS ON ESTATE 1540 - SEP LOG.""",
    spans=[
        ("REPETITION", "SAME MALE ON BUS AGAIN TODAY"),
        ("RELIGIOUS_HOSTILITY", "CALLING HIM 'BOMBER' AND 'MOZZY'"),
        ("REPETITION", "DID SAME LAST TUES"),
        ("DISTRESS", "DRIVER FED UP"),
    ],
)

case(
    27, "stalking_fear_alarm_distress", "CSF",
    voice="notebook", case="mixed", noise="abbrev", batch="u",
    pattern="breach_of_bail_turnup_with_assault", relationship="ex_partner", occasions=4,
    text="""\
WED 21/05/25. 2215 hrs. Attended 6 Hollins Walk re ex-partner at door. On arrival Mr Jamie CROFT (DOB 11/04/1990) on doorstep. Arrested breach of bail (cond not to contact Ms Leanne OAKES). He pushed PC 3312 during arrest - minor, see separate assault emergency worker ref.
Spoke IP OAKES. States CROFT has been at her door three times this week incl tonight and rang her from a withheld number on Sunday. Each time he stands at the door shouting for her to come out. She states "I KNOW HE'S GOING TO KILL ME ONE DAY". Says on Monday she hid in the bathroom with the kids because she was sure he would kick the door in and hurt her. IP very tearful. DASH high - MARAC referral.""",
    spans=[
        ("STALK_TURN_UP", "has been at her door three times this week incl tonight"),
        ("STALK_CONTACT", "rang her from a withheld number on Sunday"),
        ("FEAR_OF_VIOLENCE", "\"I KNOW HE'S GOING TO KILL ME ONE DAY\""),
        ("FEAR_OF_VIOLENCE", "sure he would kick the door in and hurt her"),
        ("DISTRESS", "IP very tearful"),
    ],
)

case(
    28, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="u",
    pattern="online_stalker_nationality_abuse_multiple_victims", relationship="online", occasions=6,
    text="""\
Three IPs on this report, all members of a Romanian community Facebook group in [REDACTED]. IP1 Ms Ioana [REDACTED] is the only one with a course of conduct. User 'truebrit1966' has messaged her privately on 6 occasions since 1/04 after she deleted his comments, calling her a 'gypo thief', and has commented on photos from her personal page with details of where she works. She has blocked him and he returned under a new account. IP2 and IP3 each received a single abusive comment - recorded as mal comms, 41/XXXX/24. IP1 is irritated and wants him identified, no fear expressed. RFI to Meta.""",
    spans=[
        ("STALK_CONTACT", "messaged her privately on 6 occasions since 1/04"),
        ("RACIAL_HOSTILITY", "calling her a 'gypo thief'"),
        ("STALK_MONITOR", "commented on photos from her personal page with details of where she works"),
        ("UNWANTED", "She has blocked him"),
        ("STALK_CONTACT", "returned under a new account"),
    ],
)

case(
    29, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="u",
    pattern="vps_mosque_volunteer_followed", relationship="acquaintance", occasions=5,
    text="""\
The officer explained that this statement might be shown to the defence and the court.

Up until last summer I was helping out on the mosque kitchen rota three nights out of seven, always on foot. Since the man from the car wash started following me home and shouting about 'Muslims taking over', I have stopped. He waited for me outside the mosque so many times that the committee asked if I wanted an escort. He sent letters to my house with my name cut out of the mosque newsletter.

These days the car comes out even for the five minute trip to the chemist. Tariq fitted a camera over our porch. I handed in my notice at the school kitchen job, because getting there meant going by the car wash. Most nights I lie awake until three. The burglary at the car wash that the police mentioned has nothing to do with me.""",
    spans=[
        ("STALK_FOLLOW", "following me home"),
        ("RELIGIOUS_HOSTILITY", "shouting about 'Muslims taking over'"),
        ("STALK_LOITER", "waited for me outside the mosque so many times"),
        ("STALK_GIFTS", "sent letters to my house with my name cut out of the mosque newsletter"),
        ("SERIOUS_IMPACT", "I have stopped"),
        ("SERIOUS_IMPACT", "the car comes out even for the five minute trip to the chemist"),
        ("SERIOUS_IMPACT", "Tariq fitted a camera over our porch"),
        ("SERIOUS_IMPACT", "I handed in my notice at the school kitchen job"),
        ("DISTRESS", "Most nights I lie awake until three"),
    ],
)

case(
    30, "no_offence", "",
    voice="mo_field", case="upper", noise="abbrev", batch="u",
    pattern="single_incident_damage_and_abuse", relationship="stranger", occasions=1,
    text="""\
UNK MALE KICKS IP'S CAR DOOR IN SUPERMARKET CAR PARK AFTER DISPUTE OVER SPACE, CALLS IP A 'PRICK'. ONE OFF. NO PREV CONTACT. DAMAGE ONLY.""",
    spans=[],
)

case(
    31, "harassment", "C",
    voice="judgment", case="mixed", noise="clean", batch="u",
    pattern="magistrates_retelling_voicemails_plus_drunk", relationship="acquaintance", occasions=3,
    text="""\
The defendant pleaded guilty to being drunk and disorderly on 3 April and denied the remaining charge. The complainant, a woman with whom he had played in a darts league, received three voicemails from him within a quarter of an hour on the night of 3 April, shortly before his arrest. Each was abusive, calling her a 'fat cheat' and accusing her of fixing a match. The court found that the three calls were separate acts and that, heard together, they amounted to conduct that caused her alarm. There was no threat of violence, and nothing suggesting any pursuit of her. She told the court she had been 'shaken and upset'.""",
    spans=[
        ("REPETITION", "three voicemails from him within a quarter of an hour"),
        ("DISTRESS", "'shaken and upset'"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="abbrev", batch="u",
    pattern="daughter_reports_threats_to_elderly_father", relationship="neighbour", occasions=3,
    text="""\
Caller is daughter of IP (Mr Winston CAMPBELL, 79). States neighbour at flat 6, Craig DUNN, has 3 times in the past week banged on dad's door shouting 'n***** I'll cave your head in'. Dad rang her on Fri crying, said he was sure Craig would hurt him when he went to the bins. On Sunday he wouldn't open the door to her until she shouted through the letterbox because he thought it was Craig come to attack him. Lost bank card also - advised. Caller asks for welfare check on dad.""",
    spans=[
        ("REPETITION", "3 times in the past week"),
        ("RACIAL_HOSTILITY", "'n***** I'll cave your head in'"),
        ("FEAR_OF_VIOLENCE", "he was sure Craig would hurt him"),
        ("FEAR_OF_VIOLENCE", "he thought it was Craig come to attack him"),
    ],
)

case(
    33, "harassment_fear_of_violence", "CF",
    voice="result_note", case="mixed", noise="abbrev", batch="u",
    pattern="result_charged_threats_nfa_damage", relationship="business", occasions=2,
    text="""\
Outcome: Charged re threats to IP Mr Alan FERRIS (former business partner, dispute over garage lease). Susp Craig MOSS told IP on 02/05 and 09/05 at the unit he'd 'break his legs'. IP stated each time he believed MOSS would do it and shut himself in office. Damage to roller shutter 09/05 - NFA, no evidence of who. CPS advice obtained.""",
    spans=[
        ("REPETITION", "on 02/05 and 09/05"),
        ("THREAT_VIOLENCE", "he'd 'break his legs'"),
        ("FEAR_OF_VIOLENCE", "each time he believed MOSS would do it"),
    ],
)

case(
    34, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="clean", batch="u",
    pattern="window_cleaner_watching_two_households", relationship="business", occasions=4,
    text="""\
Two linked reports from Brook Terrace. At no. 3, Mrs Hannah Oyelaran reports that the window cleaner, Barry Sutcliffe, has been seen standing in her back garden looking in at her after his round was finished, on four Tuesday afternoons. He has also left a note asking her out after she told him she was married and not interested. At no. 5, a theft of a ladder from the shed is reported by another resident - no link to Sutcliffe established and dealt with separately. Mrs Oyelaran has cancelled the window cleaning. She says she feels uncomfortable but is not frightened and has not changed anything else.""",
    spans=[
        ("STALK_WATCH", "standing in her back garden looking in at her"),
        ("REPETITION", "on four Tuesday afternoons"),
        ("STALK_GIFTS", "left a note asking her out"),
        ("UNWANTED", "told him she was married and not interested"),
        ("DISTRESS", "she feels uncomfortable"),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSFD",
    voice="call_log", case="mixed", noise="heavy", batch="u",
    pattern="999_domestic_followed_and_drink_drive", relationship="ex_partner", occasions=4,
    text="""\
2302 999 clr Ms Tash GREEN v disstressed, in car on A6 southbound, states ex BF Connor HALL is following her in his blue Astra flashing lights, 3rd time he has folowed her home from work this month. clr says she thinks he will run her off the road. 2304 clr says he has been drinking, swerving. 2306 G1 units dispatched, ARV. 2311 Astra stopped Beech Lane, HALL arrested DD, breath 71. 2320 spoke clr at scene - she has been staying at her mums since last time he followed her as she is scared he'll hurt her if he finds her alone at the flat, and has switched to earlies. 2340 crime for DD raised; stalking crime to follow, OIC tbc.""",
    spans=[
        ("STALK_FOLLOW", "following her in his blue Astra flashing lights"),
        ("REPETITION", "3rd time he has folowed her home from work this month"),
        ("FEAR_OF_VIOLENCE", "she thinks he will run her off the road"),
        ("SERIOUS_IMPACT", "staying at her mums since last time he followed her"),
        ("FEAR_OF_VIOLENCE", "scared he'll hurt her if he finds her alone at the flat"),
        ("SERIOUS_IMPACT", "has switched to earlies"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="u",
    pattern="school_parent_abuse_lawful_letters_excluded", relationship="acquaintance", occasions=3,
    text="""\
05/03 OIC: IP Mrs Fatima IQBAL complains of two things. (1) letters from her son's school re attendance and a fixed penalty warning - explained these are lawful and nothing police can act on. (2) another parent, Lisa CRANE, at drop off on 26/02, 28/02 and 04/03 has called her 'a Paki' and told her 'your lot should get out of this country'. IP upset, feels humiliated in front of other mums. No threats. No following. Witness statement from another parent obtained.""",
    spans=[
        ("REPETITION", "on 26/02, 28/02 and 04/03"),
        ("RACIAL_HOSTILITY", "called her 'a Paki'"),
        ("RACIAL_HOSTILITY", "'your lot should get out of this country'"),
        ("DISTRESS", "feels humiliated in front of other mums"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="u",
    pattern="mo_sikh_colleague_followed_and_messages", relationship="colleague", occasions=4,
    text="""\
SUSP (WORK COLLEAGUE) FOLLOWS IP TO GURDWARA X2, SENDS 20+ MSGS AFTER BLOCKED, REFERS TO IP AS 'RAGHEAD'. THEFT OF IP'S LANYARD FROM LOCKER - SEP.""",
    spans=[
        ("STALK_FOLLOW", "FOLLOWS IP TO GURDWARA X2"),
        ("STALK_CONTACT", "SENDS 20+ MSGS AFTER BLOCKED"),
        ("RELIGIOUS_HOSTILITY", "REFERS TO IP AS 'RAGHEAD'"),
    ],
)

case(
    38, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="mixed", noise="abbrev", batch="u",
    pattern="arson_attempt_and_stalking_of_shopkeeper", relationship="stranger", occasions=5,
    text="""\
19/01 DC 6620 HOLLOWAY: Attempt arson at Nasir Mini Mart 17/01 (rag in letterbox, didn't catch) is being run as 47/0319/25 by CID - unknown susp at present, no forensic link yet.
This record concerns IP Mr Yusuf NASIR personally. Male IDd from CCTV as Bradley KNOX has stood across the road from the shop most evenings for two weeks, has followed IP to his car on closing three times, and on 15/01 said to him 'you're next, Arab'. IP states he believed KNOX was going to stab him on 15/01 and was sure of it again on 18/01 when KNOX walked up behind him at the car. IP has since closed the shop at 7pm instead of 10pm and his son now does the cash runs.
20/01: KNOX arrested, no comment. Bailed with conditions.""",
    spans=[
        ("STALK_LOITER", "stood across the road from the shop most evenings for two weeks"),
        ("STALK_FOLLOW", "followed IP to his car on closing three times"),
        ("RACIAL_HOSTILITY", "'you're next, Arab'"),
        ("FEAR_OF_VIOLENCE", "he believed KNOX was going to stab him on 15/01"),
        ("FEAR_OF_VIOLENCE", "was sure of it again on 18/01"),
        ("SERIOUS_IMPACT", "closed the shop at 7pm instead of 10pm"),
        ("SERIOUS_IMPACT", "his son now does the cash runs"),
    ],
)

case(
    39, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="u",
    pattern="review_denied_messages_burglary_only", relationship="ex_partner", occasions=1,
    text="""\
Sgt 1187 review. OIC has classified as stalking plus burglary. I disagree on the stalking. Burglary at IP Chloe HART's address 23/06 (laptop, jewellery) - IP initially named ex Josh BELL but he was in custody at Wakefield that night (confirmed). IP then said BELL has been messaging her; on checking her phone with her there are no messages from him since Feb and she accepts she was thinking of his brother, who she has since heard from once to apologise. No following, no visits. Burglary stands, unknown susp. Stalking to be cancelled - no course of conduct.""",
    spans=[],
)

case(
    40, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="lower", noise="typos", batch="u",
    pattern="taxi_rank_threats_two_occasions", relationship="business", occasions=2,
    text="""\
ip (mr emre yilmaz, taxi driver) reports rival driver at the rank, wayne cole, on 2 seperate nights (fri 8th and sat 16th) said 'turkish c*** i'll glass you' and came at him. ip states both nights he thought cole was actualy going to glass him and he drove off. also ip's wing mirror damaged on sat, no witnesses. cole arrested.""",
    spans=[
        ("REPETITION", "on 2 seperate nights (fri 8th and sat 16th)"),
        ("RACIAL_HOSTILITY", "'turkish c***"),
        ("THREAT_VIOLENCE", "i'll glass you'"),
        ("FEAR_OF_VIOLENCE", "both nights he thought cole was actualy going to glass him"),
    ],
)

case(
    41, "harassment", "C",
    voice="notebook", case="mixed", noise="abbrev", batch="u",
    pattern="pub_landlady_nuisance_calls_plus_fight", relationship="customer", occasions=5,
    text="""\
SAT 09/08 0010. The Crown, Market Pl. Called re fight outside - 2 males, both left prior arrival, NFA.
Landlady Mrs Gail FENWICK (licensee) then reports barred customer Neil ROWE has rung the pub landline 5 times since barring on 01/08, each time calling her a 'miserable old witch' and telling her the pub's a dump. Hangs up. Not threatening. She says "IT'S DOING MY HEAD IN". Phone log shown - number matches ROWE's. Will submit crime.""",
    spans=[
        ("REPETITION", "rung the pub landline 5 times since barring on 01/08"),
        ("DISTRESS", "\"IT'S DOING MY HEAD IN\""),
    ],
)

case(
    42, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="clean", batch="u",
    pattern="diary_debt_threats_by_cousin", relationship="family", occasions=2,
    text="""\
Wed 3 Sept, 8.40pm - cousin Lee rang about the £400. Said if I didn't pay by Friday 'you'll be in a wheelchair'. I was shaking, I really thought he would come round and do it. Kept the lights off.
Sat 6 Sept, about 11am - Lee turned up at the car boot where I sell, said 'last chance or your knees go'. I packed up and left because I honestly believed he would batter me there in front of everyone.
(car keyed Sat too - no idea who)""",
    spans=[
        ("THREAT_VIOLENCE", "'you'll be in a wheelchair'"),
        ("FEAR_OF_VIOLENCE", "I really thought he would come round and do it"),
        ("THREAT_VIOLENCE", "'last chance or your knees go'"),
        ("FEAR_OF_VIOLENCE", "I honestly believed he would batter me there"),
    ],
)

case(
    43, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="u",
    pattern="concern_for_welfare_call_reveals_stalking", relationship="ex_partner", occasions=4,
    text="""\
1950 CFW CALL FROM MALE (ADAM PEEL) SAYING EX-GF SOPHIE CRANE NOT ANSWERING, WANTS WELFARE CHECK. 2015 OFFICERS ATTEND, SOPHIE FINE. SOPHIE STATES PEEL HAS CALLED POLICE FOR 'WELFARE CHECKS' ON HER 4 TIMES SINCE THEY SPLIT IN MAY, AS WELL AS TEXTING AFTER SHE ASKED HIM TO STOP. SHE THINKS HE DOES IT TO FIND OUT IF SHE'S HOME. NOT SCARED, ANNOYED. NO OTHER ISSUES. LINKED CAD 0711.""",
    spans=[
        ("STALK_ORDERS", "CALLED POLICE FOR 'WELFARE CHECKS' ON HER 4 TIMES SINCE THEY SPLIT IN MAY"),
        ("STALK_CONTACT", "TEXTING AFTER SHE ASKED HIM TO STOP"),
        ("FIXATION", "HE DOES IT TO FIND OUT IF SHE'S HOME"),
    ],
)

case(
    44, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="u",
    pattern="statement_allotment_damage_and_watching", relationship="acquaintance", occasions=5,
    text="""\
I have an allotment on the Westgate site, plot 19. I want to tell the police about Malcolm Dent who has the plot two along.

In April I told him I wasn't interested in going for a drink with him. Since then he has been there every time I go, even on weekday mornings when he never used to come, and he stands at his fence watching me the whole time I'm working. Three times he has walked behind me back to my car. He has left cut flowers in my shed, which was padlocked, so I don't know how he got in.

The damage to my greenhouse in June, which is on a different crime number, I cannot say was him. Other plots were hit that night too.

I have stopped going on my own. I only go on Sundays now with my son and I am thinking of giving up the plot after eleven years. I am not frightened he'll hurt me, but I feel sick every time I see his car.""",
    spans=[
        ("UNWANTED", "told him I wasn't interested in going for a drink with him"),
        ("STALK_TURN_UP", "he has been there every time I go"),
        ("STALK_WATCH", "stands at his fence watching me the whole time I'm working"),
        ("REPETITION", "Three times"),
        ("STALK_FOLLOW", "walked behind me back to my car"),
        ("STALK_GIFTS", "left cut flowers in my shed"),
        ("SERIOUS_IMPACT", "I have stopped going on my own"),
        ("SERIOUS_IMPACT", "I only go on Sundays now with my son"),
        ("DISTRESS", "I feel sick every time I see his car"),
    ],
)
