# ruff: noqa: E501
"""Hand-written narratives, writer ze: timelines, incident logs and counting occasions."""

from corpora.handwritten import case

case(
    1, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="ze",
    pattern="debt_recovery_letters_listed_by_victim_lawful_purpose", relationship="business", occasions=6,
    text="""\
Update 1 - 14/02. IP Mrs Dorothy Akande attended front counter with a carrier bag of letters, says she is being harassed by Lowther Credit Recovery. She has written her own list:
- 3 Oct letter re arrears on catalogue acct, £612
- 21 Oct second letter marked 'final demand'
- 9 Nov phone call, polite, asked if she wanted a payment plan
- 30 Nov letter advising a doorstep visit
- 11 Jan agent attended, left a card when no answer
- 2 Feb letter re possible court action
IP says she cant sleep for worrying about it. Read all six items, standard wording, nothing abusive, no calls at unsocial hours, agent did not try to gain entry.
Update 2 - 15/02. Spoke to company compliance team, account genuine and in IP's name, they have put a 30 day hold on it. Advised IP re StepChange and Citizens Advice. Contact is for recovery of a genuine debt, no offence disclosed. NFA, closed.""",
    spans=[
        ("DISTRESS", "IP says she cant sleep for worrying about it"),
    ],
)

case(
    2, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="redacted", batch="ze",
    pattern="historic_year_two_incidents_reconciliation_between", relationship="partner", occasions=2,
    text="""\
Supervisor review. Historic report by [NAME 1] covering Mar 2025 to Apr 2026 re her partner [NAME 2]. Recorded as stalking at the CAD stage. Having read the IP's own timeline and the officer's notes the position is:
(1) 14/03/25 - row at the flat over his drinking. He put his fist through the kitchen door and said 'next time it'll be your face'. IP went to her mum's that night. Not reported at the time.
(2) Apr 25 - they got back together, went to Tenerife in June, IP describes the rest of the year as 'really good'. Living together until Feb 26 when they split by agreement.
(3) 02/04/26 - he sent her one long message asking for his PS5 and the telly back.
Two incidents over a year apart with a reconciliation and nearly a year of living together in between. The April message is about property and has nothing threatening in it. No course of conduct. Incident (1) out of time for anything summary and IP does not want it pursued. DASH standard. Reclassify, NFA, IDVA details given.""",
    spans=[
        ("THREAT_VIOLENCE", "said 'next time it'll be your face'"),
        ("STALK_CONTACT", "sent her one long message asking for his PS5 and the telly back"),
    ],
)

case(
    3, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="ze",
    pattern="single_racist_shout_car_park_first_time_in_decades", relationship="stranger", occasions=1,
    text="""\
CAD 4471 1642. UNKNOWN WM 50S SHOUTED 'GO BACK TO YOUR OWN COUNTRY YOU P***' AT CALLER OUTSIDE LIDL STATION RD. CALLER 31 YRS IN TOWN, FIRST TIME EVER, NEVER SEEN MALE BEFORE. CALLER SHAKEN. CCTV REQ.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED 'GO BACK TO YOUR OWN COUNTRY YOU P***' AT CALLER"),
        ("DISTRESS", "CALLER SHAKEN"),
    ],
)

case(
    4, "no_offence", "",
    voice="notebook", case="mixed", noise="clean", batch="ze",
    pattern="two_neighbours_matching_logs_mutual_rows", relationship="neighbour", occasions=4,
    text="""\
PC 4418, 22/09, 1510. Attended 14 Hartfield Close re neighbour dispute. Both households have kept logs and handed me copies.
Mr Gill (no.14) lists: 1) 2 Aug shouting match over the bins; 2) 15 Aug row over a van parked across his drive; 3) 3 Sept argument in the street, both swearing; 4) 20 Sept another row over the fence panel.
Mr Rowe (no.16) lists the same four dates and describes them the same way, only the other way round.
Spoke to W1 at no.18: "they're as bad as each other, it's the pair of them every time." Every entry is a face-to-face argument in the street or over the fence where both men give as good as they get. Neither has been to the other's door, no messages, no threats either side. Both say they are fed up rather than frightened. Advised both re mediation, referred to council ASB team. No offences disclosed.""",
    spans=[],
)

case(
    5, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="ze",
    pattern="boundary_dispute_neighbour_photographs_and_films_dated_log", relationship="neighbour", occasions=7,
    text="""\
Crime summary. Suspect Graham Tulley and IP Frances Ledger are neighbours on Orchard Row. Since Mrs Ledger put up a fence in March along what she says is the boundary, Mr Tulley has disputed the line. IP has provided a dated log:
 - 04/04 suspect stood on his drive photographing IP and the fence for about 20 minutes
 - 11/04 photographing her car and the fence posts
 - 19/04 filmed IP on his phone while she was gardening, saying 'this is for my solicitor'
 - 02/05 shouted 'thief, you've stolen my land' at her over the fence
 - 16/05 and 17/05 out with the camera again as soon as IP came out
 - 28/05 note through her door, 'move it or I'll see you in court'
Seven entries in under two months. Every one concerns the fence. Suspect in interview says he is gathering evidence for a Land Registry claim. IP accepts he has never followed her or approached her anywhere other than at home. She says she feels under siege in her own garden and is anxious, but has not changed how she lives. Oppressive, connected by the boundary issue; no sign of interest in IP beyond it.""",
    spans=[
        ("STALK_WATCH", "photographing IP and the fence for about 20 minutes"),
        ("STALK_WATCH", "filmed IP on his phone while she was gardening"),
        ("STALK_CONTACT", "shouted 'thief, you've stolen my land' at her over the fence"),
        ("REPETITION", "out with the camera again"),
        ("STALK_CONTACT", "note through her door"),
        ("REPETITION", "Seven entries in under two months"),
        ("DISTRESS", "she feels under siege in her own garden and is anxious"),
    ],
)

case(
    6, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="ze",
    pattern="colleague_counted_emails_after_work_complaint_no_fixation", relationship="colleague", occasions=59,
    text="""\
I work in the planning department at the council offices. Derek Sowerby is a senior officer in building control. In January I raised a mistake in one of his sign-offs with my manager. From 8 January to 27 February he sent me 47 emails and 12 Teams messages. I have counted them and printed them out and they are exhibit LM/1. Nearly all are about the sign-off, telling me I am incompetent, that I am a grass. Several were sent at night, the latest at 02:14. He copied other staff into nine of them. He has never come to my desk or my home and has never said anything about hurting me. It is the complaint he is angry about, not me as a person. I have been very upset by it and have cried at work twice, but I have carried on working normally and have not had any time off. I want it to stop.""",
    spans=[
        ("REPETITION", "From 8 January to 27 February"),
        ("STALK_CONTACT", "he sent me 47 emails and 12 Teams messages"),
        ("STALK_CONTACT", "telling me I am incompetent, that I am a grass"),
        ("REPETITION", "Several were sent at night"),
        ("DISTRESS", "I have been very upset by it and have cried at work twice"),
    ],
)

case(
    7, "harassment", "C",
    voice="call_log", case="mixed", noise="typos", batch="ze",
    pattern="three_homophobic_voicemails_within_minutes_refund_dispute", relationship="customer", occasions=3,
    text="""\
1912 caller Jamie Rourke, owns hair salon on Mill St. Says ex customer Stuart Benn, unhappy with colour done last sat, has left 3 voicemails on salon phone this evening at 1841, 1844 and 1850. Caller played them to me down the line. 1st calls caller a 'f****t' and wants his money back. 2nd 'your a disgrace, a f*****g poof'. 3rd more of the same. No threats heard. Caller is gay, says its the abuse not the money thats got to him, he is shaking. He has already offerd a refund twice by email. Advised keep voicemails. rec as harrasment, homophobic hate incident flag added.""",
    spans=[
        ("STALK_CONTACT", "has left 3 voicemails on salon phone this evening"),
        ("REPETITION", "at 1841, 1844 and 1850"),
        ("STALK_CONTACT", "calls caller a 'f****t'"),
        ("STALK_CONTACT", "'your a disgrace, a f*****g poof'"),
        ("REPETITION", "more of the same"),
        ("DISTRESS", "he is shaking"),
    ],
)

case(
    8, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="ze",
    pattern="eight_entry_log_car_sale_dispute_one_threat_only", relationship="acquaintance", occasions=8,
    text="""\
Upd 1: IP Carl Whitlow, 34, has provided a typed log of msgs from Lee Fanshawe, known to him from five-a-side, after falling out over a car Fanshawe sold him which then failed its MOT.
1. 21/09 - 6 WhatsApps calling him a liar
2. 24/09 - voice note, swearing, 'you owe me an apology'
3. 29/09 - comment under IP's FB post, 'tell everyone how you rip people off'
4. 03/10 - 11 msgs between 2200 and 2330
5. 12/10 - 'if i see you at the club ill break your jaw'
6. 18/10 - msgs about the car again
7. 25/10 - 4 msgs, abuse
8. 02/11 - 2 msgs, abuse
IP says no.5 is the only time violence has been mentioned. It worried him and he is frightened Fanshawe will go for him if they meet. Nothing since 02/11. IP still plays football Tuesdays.
Upd 2 08/11: screenshots reviewed, match the log. Susp to be interviewed.""",
    spans=[
        ("STALK_CONTACT", "6 WhatsApps calling him a liar"),
        ("STALK_CONTACT", "voice note, swearing"),
        ("STALK_PUBLISH", "'tell everyone how you rip people off'"),
        ("STALK_CONTACT", "11 msgs between 2200 and 2330"),
        ("THREAT_VIOLENCE", "'if i see you at the club ill break your jaw'"),
        ("REPETITION", "msgs about the car again"),
        ("FEAR_OF_VIOLENCE", "he is frightened Fanshawe will go for him if they meet"),
    ],
)

case(
    9, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="ze",
    pattern="former_friend_holiday_money_daily_messages_victim_changed_number", relationship="acquaintance", occasions=40,
    text="""\
VPS. Naomi Pryce was my friend for about six years. After our girls' trip to Crete in June she decided I still owe her £380 for the villa. I gave her £200 and I dispute the rest. Since then she messages me most days. I went back through my phone for the officer: from 1 July to 9 August there were 96 messages from her and roughly 30 missed calls, calling me a scrounger and a thief and saying she will "never let it go". Naomi has never said she will hurt me and that isn't what I'm afraid of. It's that it never stops. On 10 August I got a new number and I came off Instagram and Facebook, which is how I kept in touch with my family in Poland, so now I feel cut off from them too. My phone lives in a drawer when I'm home. I am anxious all the time now and I want that understood.""",
    spans=[
        ("STALK_CONTACT", "she messages me most days"),
        ("REPETITION", "from 1 July to 9 August"),
        ("STALK_CONTACT", "96 messages from her and roughly 30 missed calls"),
        ("STALK_CONTACT", "calling me a scrounger and a thief"),
        ("SERIOUS_IMPACT", "On 10 August I got a new number"),
        ("SERIOUS_IMPACT", "I came off Instagram and Facebook"),
        ("DISTRESS", "I am anxious all the time now"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="ze",
    pattern="brother_inheritance_dispute_three_dated_threats", relationship="family", occasions=4,
    text="""\
Mum left the house to me and my brother Paul equally. He wants it sold now, I want to wait for probate. Dates are from my phone.
On 3 March he rang me and said "sign the papers or I'll put you in the ground next to her."
On 11 March he came to my door. I didn't open it. He shouted through the letterbox that he would batter me.
On 19 March I got a text from him: "last warning. you'll get hurt."
On 26 March he rang four times. I didn't answer. The voicemail was him shouting about the solicitor.
Paul has a conviction for GBH from 2009 and I know what he is capable of. I am frightened that he will actually hurt me.""",
    spans=[
        ("THREAT_VIOLENCE", "\"sign the papers or I'll put you in the ground next to her.\""),
        ("STALK_TURN_UP", "he came to my door"),
        ("THREAT_VIOLENCE", "he would batter me"),
        ("THREAT_VIOLENCE", "\"last warning. you'll get hurt.\""),
        ("STALK_CONTACT", "he rang four times"),
        ("FEAR_OF_VIOLENCE", "I am frightened that he will actually hurt me"),
    ],
)

case(
    11, "harassment_fear_of_violence", "CFD",
    voice="mo_field", case="mixed", noise="abbrev", batch="ze",
    pattern="neighbour_dog_complaint_threats_on_three_log_entries", relationship="neighbour", occasions=9,
    text="""\
MO: Susp (no.7) has carried out a series of incidents towards IP (no.9) following IP's complaint to housing re susp's dogs. IP's own incident log attached, 9 entries 12/01-30/03. Entries 2 (19/01), 5 (22/02) and 7 (11/03) each record susp standing at the boundary wall telling IP he would 'cut her throat' / 'come round and do her' / 'burn her out'. Remaining entries = banging on the shared wall late at night x4 and shouting abuse about the complaint from his garden x2. IP says she is terrified of him, believes he will do what he says. Since entry 7 she sleeps with a chair under the door handle and has sent her kids to her mum's on weekdays. Transfer request made to housing. Susp's grievance is the dog complaint; no interest shown in IP beyond it.""",
    spans=[
        ("REPETITION", "Entries 2 (19/01), 5 (22/02) and 7 (11/03)"),
        ("THREAT_VIOLENCE", "'cut her throat'"),
        ("THREAT_VIOLENCE", "'come round and do her'"),
        ("THREAT_VIOLENCE", "'burn her out'"),
        ("REPETITION", "banging on the shared wall late at night x4"),
        ("STALK_CONTACT", "shouting abuse about the complaint from his garden x2"),
        ("FEAR_OF_VIOLENCE", "IP says she is terrified of him, believes he will do what he says"),
        ("SERIOUS_IMPACT", "sleeps with a chair under the door handle"),
        ("SERIOUS_IMPACT", "has sent her kids to her mum's on weekdays"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="mixed", noise="clean", batch="ze",
    pattern="warehouse_colleague_threat_repeated_twice_since", relationship="colleague", occasions=3,
    text="""\
From the HR manager, Brightwell Logistics. On 4 June, after Marcus Dee was given a written warning which he blames on a report made by Ellie Marsh, he told Ellie in the canteen he would wait for her in the car park and cave her head in. She told her team leader that day. When I met Ellie on 20 June she said he has said it again twice since, once by the lockers on 10 June and once at the clocking machine on 18 June, quietly so nobody else heard. She is frightened to be on her own with him and at her request she has been moved to day shifts. Marcus denies it. No contact outside work. He is suspended and Ellie has reported to police today.""",
    spans=[
        ("THREAT_VIOLENCE", "he would wait for her in the car park and cave her head in"),
        ("REPETITION", "he has said it again twice since"),
        ("REPETITION", "once by the lockers on 10 June and once at the clocking machine on 18 June"),
        ("FEAR_OF_VIOLENCE", "She is frightened to be on her own with him"),
        ("SERIOUS_IMPACT", "she has been moved to day shifts"),
    ],
)

case(
    13, "harassment_fear_of_violence", "CFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="ze",
    pattern="refund_dispute_four_shop_visits_disability_abuse_two_threats", relationship="customer", occasions=4,
    text="""\
Summary: IP Sean Mallory runs a mobility scooter repair shop. Susp wants a full refund on a reconditioned scooter, IP has offered a repair. Susp has attended the shop four times: 29/08, 05/09, 13/09 and 24/09. Each visit he has shouted at IP, who uses a wheelchair, calling him a 'useless cripple'. On 05/09 he said he would tip him out of that chair and kick his teeth in. On 24/09 he leant over the counter and said 'I meant what I said, I'll do you'. IP says he was scared both times and thinks susp will attack him. He now keeps the shop door locked and lets customers in on a buzzer. Disability hostility noted, hate incident flag. Everything relates to the refund, no approaches outside the shop.""",
    spans=[
        ("STALK_TURN_UP", "Susp has attended the shop four times"),
        ("REPETITION", "29/08, 05/09, 13/09 and 24/09"),
        ("STALK_CONTACT", "calling him a 'useless cripple'"),
        ("THREAT_VIOLENCE", "he would tip him out of that chair and kick his teeth in"),
        ("THREAT_VIOLENCE", "'I meant what I said, I'll do you'"),
        ("FEAR_OF_VIOLENCE", "IP says he was scared both times and thinks susp will attack him"),
        ("SERIOUS_IMPACT", "now keeps the shop door locked and lets customers in on a buzzer"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="ze",
    pattern="landlord_wants_tenant_out_four_calendar_threats", relationship="landlord", occasions=5,
    text="""\
0937 CALLER DANIELLE ROSS, TENANT 2A QUEENS PDE. LANDLORD DENNIS HALE WANTS HER OUT TO SELL. SINCE NOV HAS THREATENED HER 4 TIMES, CALLER HAS DATES ON HER CALENDAR: 18/11, 02/12, 23/12, 06/01. EACH TIME SAYS IF SHE ISNT GONE HE WILL 'DRAG HER OUT BY HER HAIR' OR SIMILAR. THIS AM 0845 LET HIMSELF IN WITH HIS KEY WHILE SHE WAS IN SHOWER, SAID 'NEXT TIME I WONT BE SO NICE'. CALLER V SCARED, BELIEVES HE WILL HURT HER. NO NOTICE EVER SERVED. SUSP NOT ON SCENE. UNIT REQ. ADV RE ILLEGAL EVICTION, REF COUNCIL TENANCY RELATIONS.""",
    spans=[
        ("THREAT_VIOLENCE", "HAS THREATENED HER 4 TIMES"),
        ("REPETITION", "18/11, 02/12, 23/12, 06/01"),
        ("THREAT_VIOLENCE", "'DRAG HER OUT BY HER HAIR'"),
        ("STALK_TURN_UP", "LET HIMSELF IN WITH HIS KEY WHILE SHE WAS IN SHOWER"),
        ("THREAT_VIOLENCE", "'NEXT TIME I WONT BE SO NICE'"),
        ("FEAR_OF_VIOLENCE", "CALLER V SCARED, BELIEVES HE WILL HURT HER"),
    ],
)

case(
    15, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="ze",
    pattern="ex_partner_212_pleading_messages_flowers_no_threats", relationship="ex_partner", occasions=20,
    text="""\
DASH completed w/ IP Hannah Yeo. Relationship w/ Ryan Colley ended 28/04 after 3 yrs, IP ended it. From 01/05 to 20/05 he has sent 212 msgs (IP counted, screenshots on phone). Mostly begging - 'pls just talk to me', 'i cant live without u', 'ill change i promise', long msgs at 3am about holidays they had. Also rang 40+ times. Flowers left on her doorstep 07/05, 14/05 and 19/05. No threats. IP clear she is not scared of him, "he's just pathetic". She hasn't changed anything, same address, same job. DASH standard (2 ticks). Adv re blocking, diary sheet given. Ex-partner who won't accept it's over.""",
    spans=[
        ("REPETITION", "From 01/05 to 20/05"),
        ("STALK_CONTACT", "he has sent 212 msgs"),
        ("FIXATION", "'i cant live without u'"),
        ("STALK_CONTACT", "rang 40+ times"),
        ("STALK_GIFTS", "Flowers left on her doorstep"),
        ("REPETITION", "07/05, 14/05 and 19/05"),
        ("FIXATION", "won't accept it's over"),
    ],
)

case(
    16, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="ze",
    pattern="gym_stranger_diary_week_of_following_no_change", relationship="stranger", occasions=7,
    text="""\
mon 3rd feb - the man from the gym (blue cap) was on the treadmill next to me again, thats the 4th time in a week. he waits till i pick one and then gets on the one beside.
weds 5th - he was in the car park when i came out at 8.40, sat in his car. watched me get into mine.
sat 8th - saw him in the big tesco, he was two aisles behind me the whole way round. i went back for the veg and so did he.
tues 11th - he said "your a creature of habit arent you, monday wednesday friday". how does he know that.
thurs 13th - he was outside the gym before it opened. i went in anyway.
fri 14th - girl on reception said he asked her for my surname. she didnt tell him.
mum says its probably cos im the only chinese girl there and hes curious but hes never said anything about that. i feel sick when i see his car but im still going, im not letting him stop me.""",
    spans=[
        ("STALK_TURN_UP", "was on the treadmill next to me again"),
        ("REPETITION", "thats the 4th time in a week"),
        ("STALK_WATCH", "sat in his car. watched me get into mine"),
        ("STALK_FOLLOW", "he was two aisles behind me the whole way round"),
        ("STALK_MONITOR", "\"your a creature of habit arent you, monday wednesday friday\""),
        ("STALK_LOITER", "he was outside the gym before it opened"),
        ("STALK_MONITOR", "he asked her for my surname"),
        ("DISTRESS", "i feel sick when i see his car"),
    ],
)

case(
    17, "stalking", "CS",
    voice="updates", case="mixed", noise="redacted", batch="ze",
    pattern="online_viewer_nine_new_accounts_after_block_threat_to_brother", relationship="online", occasions=12,
    text="""\
Update 01 (PC [REDACTED]): IP [NAME 1] streams on Twitch, about 9k followers. Susp believed [NAME 2], a viewer she has never met. IP's timeline:
- June: daily DMs, compliments, asking her out. IP says no 14/06.
- 15/06 to 30/06: DMs carry on, 'you'll come round', 'we're meant to be'.
- IP blocks him 01/07. Since then 9 new accounts, each opened within a day of the last one being blocked, all a variation of the same handle.
- 22/07 one account posted a Street View screenshot of IP's house captioned 'found you x'.
- 03/08 DM saying if her brother (a mod on her channel) 'keeps banning me I'll break his legs'.
Update 02: IP says she is worried for her brother but not for herself, "he won't come near me, he's a keyboard warrior". No change to her routine. Brother spoken to, does not want to make a complaint at this time. Data request to platform for all 9 accounts.""",
    spans=[
        ("STALK_CONTACT", "daily DMs, compliments, asking her out"),
        ("FIXATION", "'you'll come round', 'we're meant to be'"),
        ("REPETITION", "Since then 9 new accounts"),
        ("FIXATION", "each opened within a day of the last one being blocked"),
        ("STALK_PUBLISH", "posted a Street View screenshot of IP's house captioned 'found you x'"),
    ],
)

case(
    18, "stalking", "CS",
    voice="result_note", case="mixed", noise="abbrev", batch="ze",
    pattern="three_non_mol_breaches_turning_up_threats_victim_not_afraid", relationship="ex_partner", occasions=3,
    text="""\
RESULT: Susp Dean Harker charged s.2A PHA and 3x breach of non-mol (order made 12/02). Breaches: (i) 28/02 attended IP's address 2210, knocked for 10 mins, left when she said she was ringing police; (ii) 09/03 waited outside her work (Greggs, High St) at finishing time; (iii) 17/03 turned up at her mum's while IP there for Sunday dinner. On (ii) he said 'you'll end up in hospital' and on (iii) 'I'll kick your door in'. In ABE IP is clear she is not afraid of him, "I've known him 11 years, he's all mouth", and says she has carried on as normal. Remanded, next hearing 02/04.""",
    spans=[
        ("STALK_TURN_UP", "attended IP's address 2210, knocked for 10 mins"),
        ("STALK_LOITER", "waited outside her work (Greggs, High St) at finishing time"),
        ("STALK_TURN_UP", "turned up at her mum's while IP there for Sunday dinner"),
        ("THREAT_VIOLENCE", "'you'll end up in hospital'"),
        ("THREAT_VIOLENCE", "'I'll kick your door in'"),
    ],
)

case(
    19, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="ze",
    pattern="colleague_six_dated_desk_gifts_after_refusal", relationship="colleague", occasions=6,
    text="""\
Between 6 October and 21 November I found things left on my desk on six separate mornings. I kept a list of the dates. 6 October, a Twix and a note saying "for the prettiest girl on floor 3". 14 October, a pressed flower in an envelope. 22 October, a book of poems with a page folded down. 30 October, a card that said "I think about you more than I should". 10 November, a framed photo of me at the summer party which I never knew anyone had taken. 21 November, a necklace. I had only spoken to Colin from Accounts about three times, but on two of those mornings I saw him by the printer watching me open them, and he has since admitted to my manager they were from him. I told him face to face on 12 November that I was not interested and he had to stop, and the necklace came nine days later. I find it creepy and it makes me uncomfortable, but I still come in and sit at the same desk.""",
    spans=[
        ("REPETITION", "on six separate mornings"),
        ("STALK_GIFTS", "a Twix and a note saying \"for the prettiest girl on floor 3\""),
        ("FIXATION", "\"I think about you more than I should\""),
        ("STALK_MONITOR", "a framed photo of me at the summer party which I never knew anyone had taken"),
        ("STALK_WATCH", "I saw him by the printer watching me open them"),
        ("FIXATION", "the necklace came nine days later"),
        ("DISTRESS", "I find it creepy and it makes me uncomfortable"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="mixed", noise="clean", batch="ze",
    pattern="historic_eighteen_months_ex_partner_drive_bys_victim_moved_and_changed_job", relationship="ex_partner", occasions=170,
    text="""\
Historic report. IP Gemma Stroud reports the conduct of her ex-partner Aaron Pike from the end of their relationship in January 2025 until July 2026. She kept a diary throughout and has handed it in (exhibit GS/1, 61 pages). In summary: he drove past her flat most evenings and she logged 143 drive-bys; he was parked outside the primary school where she works on 23 occasions; he sent cards on her birthday, on Valentine's Day and on the anniversary of their first date, each year; he commented on every one of her Facebook posts until she blocked him, then set up a second profile and started again. He has never threatened her and she says he never would: "it's not like that with him, he just won't let go." In March 2026 she moved in with her sister in another town and left the school for a job 20 miles away to get away from him. He does not know the new address.""",
    spans=[
        ("STALK_LOITER", "he drove past her flat most evenings"),
        ("REPETITION", "she logged 143 drive-bys"),
        ("STALK_LOITER", "he was parked outside the primary school where she works on 23 occasions"),
        ("STALK_GIFTS", "he sent cards on her birthday, on Valentine's Day and on the anniversary of their first date"),
        ("STALK_CONTACT", "he commented on every one of her Facebook posts"),
        ("FIXATION", "then set up a second profile and started again"),
        ("FIXATION", "he just won't let go"),
        ("SERIOUS_IMPACT", "she moved in with her sister in another town"),
        ("SERIOUS_IMPACT", "left the school for a job 20 miles away"),
    ],
)

case(
    21, "stalking_fear_alarm_distress", "CSF",
    voice="notebook", case="inconsistent", noise="abbrev", batch="ze",
    pattern="unknown_male_watching_pensioner_house_six_numbered_entries_two_threats", relationship="stranger", occasions=6,
    text="""\
Obs log supplied by IP (Mr Peter Wragg, 71, lives alone):
1) 02/06 grey Astra parked opp his house 2100-2300, male in driver seat looking at house.
2) 04/06 same car, same male, approx 2200.
3) 09/06 male got out, walked up to IP's front window, looked in, walked off.
4) 10/06 CAR THERE AGAIN. IP went out to ask what he wanted, male said 'go back inside old man or I'll put you in the ground'.
5) 15/06 note through door 'I SEE YOU'.
6) 17/06 male at the window again, banged on glass, shouted 'I'll be coming in for you'.
IP does NOT know the male. Partial VRM YK--. IP V frightened, thinks male means to break in and hurt him, not slept properly since no.4.""",
    spans=[
        ("STALK_WATCH", "male in driver seat looking at house"),
        ("STALK_LOITER", "same car, same male"),
        ("STALK_TURN_UP", "walked up to IP's front window, looked in"),
        ("REPETITION", "CAR THERE AGAIN"),
        ("THREAT_VIOLENCE", "'go back inside old man or I'll put you in the ground'"),
        ("STALK_CONTACT", "note through door 'I SEE YOU'"),
        ("THREAT_VIOLENCE", "shouted 'I'll be coming in for you'"),
        ("FEAR_OF_VIOLENCE", "IP V frightened, thinks male means to break in and hurt him"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="clean", batch="ze",
    pattern="ex_partner_on_bail_sister_and_friends_act_for_him_victim_changed_route", relationship="ex_partner", occasions=5,
    text="""\
Sup review. Jordan Neale has been on bail since 4 April with a condition not to contact his ex-partner Amy Cartwright. Amy's log since then:
• 06/04 Jordan's sister Kayleigh messaged Amy 'he just wants to talk, ring him'
• 12/04 two of Jordan's mates sat outside Amy's work in a car at 1700
• 19/04 Kayleigh again, sent a photo of Amy walking to the bus stop that morning with 'he says you look well'
• 27/04 the same two mates on the bus Amy takes, got off at her stop
• 03/05 flowers delivered to Amy at work, card signed 'J'
Jordan is plainly behind all of it - Amy has never met the two mates without him. She has now changed her route to work, gets a lift from her dad, and has stopped going to the gym she and Jordan used. Her words: "I don't feel scared as such, I feel hunted." Agree stalking, with the substantial adverse effect made out by the change to routine. Bail breach file to be prepared too.""",
    spans=[
        ("STALK_CONTACT", "Jordan's sister Kayleigh messaged Amy 'he just wants to talk, ring him'"),
        ("STALK_LOITER", "two of Jordan's mates sat outside Amy's work in a car at 1700"),
        ("STALK_MONITOR", "sent a photo of Amy walking to the bus stop that morning"),
        ("STALK_FOLLOW", "the same two mates on the bus Amy takes, got off at her stop"),
        ("STALK_GIFTS", "flowers delivered to Amy at work"),
        ("SERIOUS_IMPACT", "changed her route to work, gets a lift from her dad"),
        ("SERIOUS_IMPACT", "has stopped going to the gym she and Jordan used"),
        ("DISTRESS", "I feel hunted"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="typos", batch="ze",
    pattern="friends_cousin_diary_one_threat_victim_signed_off_sick", relationship="acquaintance", occasions=8,
    text="""\
Tues 2 Sept - Gareth (Sophie's cousin, met him twice at hers) messaged on Insta again. Thats 6 days running. I havent replied since Saturday.
Thurs 4 Sept - he was at the Crown when we went for Sophie's birthday, he wasnt invited. Sat at the bar staring at me all night.
Sun 7 Sept - 20+ messages overnight. Says he knows I feel the same and Im playing hard to get.
Weds 10 Sept - saw his car on my road twice. He doesnt live anywhere near.
Fri 12 Sept - message, 'if you keep ignoring me you'll find out what Im like when Im angry'. I was scared after that one.
Mon 15 Sept - left a card and a teddy on my windscreen at work.
Thurs 18 Sept - GP signed me off for 2 weeks with anxiety. Cant face the car park at work.
Sun 21 Sept - still messaging, new account.""",
    spans=[
        ("STALK_CONTACT", "messaged on Insta again"),
        ("REPETITION", "Thats 6 days running"),
        ("STALK_TURN_UP", "he was at the Crown when we went for Sophie's birthday"),
        ("STALK_WATCH", "staring at me all night"),
        ("STALK_CONTACT", "20+ messages overnight"),
        ("FIXATION", "Says he knows I feel the same and Im playing hard to get"),
        ("STALK_LOITER", "saw his car on my road twice"),
        ("THREAT_VIOLENCE", "'if you keep ignoring me you'll find out what Im like when Im angry'"),
        ("FEAR_OF_VIOLENCE", "I was scared after that one"),
        ("STALK_GIFTS", "left a card and a teddy on my windscreen at work"),
        ("SERIOUS_IMPACT", "GP signed me off for 2 weeks with anxiety"),
        ("FIXATION", "still messaging, new account"),
    ],
)

case(
    24, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="heavy", batch="ze",
    pattern="ex_husband_threats_log_five_dates_locks_and_camera", relationship="ex_partner", occasions=5,
    text="""\
DASH 14/11 HIGH. IP Leanne Moss / susp Craig Moss (ex husb, sep since Jul). threats log from IP:
12/09 txt 'ur dead when i catch u'
30/09 at her door, 'ill slit ur throat in front of the kids'
14/10 voicemail 'sleep with 1 eye open'
02/11 folowing her car from school run to Asda, tapped her window at lights + drew finger across his throat
11/11 txt 'not long now'
IP cried thru whole DASH, says she is terrified, he strangled her in 2022 (not rep). changed locks 01/10, ring doorbell + camera fitted 16/10, kids not going to after school club anymore as she cant risk the walk. MARAC ref done, IDVA ref done. DVPN considerd - susp not located.""",
    spans=[
        ("THREAT_VIOLENCE", "'ur dead when i catch u'"),
        ("STALK_TURN_UP", "at her door"),
        ("THREAT_VIOLENCE", "'ill slit ur throat in front of the kids'"),
        ("THREAT_VIOLENCE", "'sleep with 1 eye open'"),
        ("STALK_FOLLOW", "folowing her car from school run to Asda"),
        ("THREAT_VIOLENCE", "drew finger across his throat"),
        ("STALK_CONTACT", "txt 'not long now'"),
        ("FEAR_OF_VIOLENCE", "says she is terrified"),
        ("SERIOUS_IMPACT", "changed locks 01/10"),
        ("SERIOUS_IMPACT", "ring doorbell + camera fitted 16/10"),
        ("SERIOUS_IMPACT", "kids not going to after school club anymore"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="ze",
    pattern="neighbour_five_dated_racial_slurs_since_moving_in", relationship="neighbour", occasions=5,
    text="""\
1418 Caller Mrs Blessing Adeyemi, 42 Kestrel Way. Neighbour at no.40 (Royston Clegg, 60s) has racially abused her 5 times since she moved in in May. Caller reading from her list: 17/05 said 'monkeys moving in' to his wife, loud enough for caller to hear while she unloaded the van; 30/05 called her a 'black b***h' over the parking space; 14/06 told her kids to 'go back to the jungle'; 02/07 shouted the N word at her over the fence; today 1355 called her a 'dirty African' when she asked him to move his bins. No threats, caller says she isnt scared of him, she is angry and wants it on record. Kids upset. Unit to attend, hate crime, repeat victim flag added.""",
    spans=[
        ("REPETITION", "5 times since she moved in in May"),
        ("RACIAL_HOSTILITY", "'monkeys moving in'"),
        ("RACIAL_HOSTILITY", "called her a 'black b***h'"),
        ("RACIAL_HOSTILITY", "told her kids to 'go back to the jungle'"),
        ("RACIAL_HOSTILITY", "shouted the N word at her over the fence"),
        ("RACIAL_HOSTILITY", "called her a 'dirty African'"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="notebook", case="mixed", noise="typos", batch="ze",
    pattern="refused_customer_seven_racist_calls_in_forty_five_minutes", relationship="customer", occasions=7,
    text="""\
2315 attended Golden Bay takeaway, 1 Ferry Rd. Spoke to owner Mr Wei Zhang. Between 2140 and 2225 tonight the shop landline rang 7 times from the same mobile, same number as an order earlier that was refused when the customer was drunk and abusive at the counter. Mr Zhang answered 3, his daughter Lily answered 4. Male voice every time. Calls included 'ch**ky b******s', 'go back to China and eat your dogs' and 'you brought the virus'. Mr Zhang showed me the call log on the handset, 7 entrys. Lily (19) was crying when I arrived. No threats. Caller believed local male known to staff as 'Tez', number to be checked.""",
    spans=[
        ("REPETITION", "Between 2140 and 2225 tonight"),
        ("STALK_CONTACT", "the shop landline rang 7 times from the same mobile"),
        ("RACIAL_HOSTILITY", "'ch**ky b******s'"),
        ("RACIAL_HOSTILITY", "'go back to China and eat your dogs'"),
        ("RACIAL_HOSTILITY", "'you brought the virus'"),
        ("DISTRESS", "Lily (19) was crying when I arrived"),
    ],
)

case(
    27, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="ze",
    pattern="ward_clerk_hijab_comments_dated_list_one_threat_not_afraid", relationship="colleague", occasions=7,
    text="""\
I am a staff nurse on Ward 12. Since I started wearing a hijab in June the ward clerk, Barry Hollins, has made comments to me. A colleague told me to write them down, so I did.
13 June - asked me "what's the tea towel for".
20 June - said loudly at the nurses' station "we'll all be under sharia soon thanks to her lot".
2 July - called me a terrorist when I asked him to chase a bed.
15 July - left a leaflet about "the Islamification of Britain" in my locker.
29 July - said "someone should pull that thing off your head and you with it".
4 and 11 August - more remarks about "your lot", I didn't write down the exact words.
I have been really upset and have cried in the staff toilets more than once. I am not frightened of Barry hurting me, he is all talk, but I don't want to go on like this.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"what's the tea towel for\""),
        ("RELIGIOUS_HOSTILITY", "\"we'll all be under sharia soon thanks to her lot\""),
        ("RELIGIOUS_HOSTILITY", "called me a terrorist"),
        ("RELIGIOUS_HOSTILITY", "left a leaflet about \"the Islamification of Britain\" in my locker"),
        ("THREAT_VIOLENCE", "\"someone should pull that thing off your head and you with it\""),
        ("REPETITION", "4 and 11 August - more remarks"),
        ("DISTRESS", "have cried in the staff toilets more than once"),
    ],
)

case(
    28, "aggravated_harassment", "CDR",
    voice="crime_summary", case="mixed", noise="redacted", batch="ze",
    pattern="unpaid_invoice_customer_forty_messages_anti_polish_victim_closed_page", relationship="customer", occasions=40,
    text="""\
Crime summary (redacted for disclosure). [V1], a Polish national, runs a small building firm. [S1] was a customer whose extension [V1] walked off in February over unpaid invoices. Between 01/03 and 18/04 [S1] sent [V1] 31 Facebook messages and 9 texts, which [V1] has put in a table (exhibit [REDACTED]). 22 of the 40 refer to his nationality: 'polish scum', 'you lot come over here and rob us', 'go back to Warsaw you thieving pole'. No threats of violence. [S1] also left a one-star review about 'eastern european cowboys'. [V1] has shut down his Facebook business page, which brought in most of his work, and changed his mobile number, losing customers as a result. He says he feels ashamed and has not told his wife the half of it.""",
    spans=[
        ("REPETITION", "Between 01/03 and 18/04"),
        ("STALK_CONTACT", "sent [V1] 31 Facebook messages and 9 texts"),
        ("REPETITION", "22 of the 40 refer to his nationality"),
        ("RACIAL_HOSTILITY", "'polish scum'"),
        ("RACIAL_HOSTILITY", "'go back to Warsaw you thieving pole'"),
        ("RACIAL_HOSTILITY", "'eastern european cowboys'"),
        ("SERIOUS_IMPACT", "has shut down his Facebook business page"),
        ("SERIOUS_IMPACT", "changed his mobile number"),
        ("DISTRESS", "he feels ashamed"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="ze",
    pattern="taxi_rank_drunk_turban_abuse_threats_driver_not_afraid", relationship="acquaintance", occasions=5,
    text="""\
Upd 1: IP Mr Harjit Dhillon, private hire driver, reports male known locally as 'Big Mick' (Michael Kerr) at the rank outside the Railway pub. Log IP keeps in his phone notes:
- 05/01 susp refused to get in IP's car, called him a 'towel head'
- 19/01 susp leant on IP's open window, laughed, 'still here Gunga Din'
- 26/01 susp shouted 'Bin Laden' at IP across the rank, other drivers heard
- 09/02 susp told IP 'I'll rip that rag off your head'
- 23/02 same again, 'I'll rip it off', walked off laughing
Upd 2: IP not frightened of Kerr, "he's a drunk, he can barely stand", reported because the other drivers told him to. Still works Friday nights. 2 driver statements obtained.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "called him a 'towel head'"),
        ("RACIAL_HOSTILITY", "'still here Gunga Din'"),
        ("RELIGIOUS_HOSTILITY", "shouted 'Bin Laden' at IP across the rank"),
        ("THREAT_VIOLENCE", "'I'll rip that rag off your head'"),
        ("REPETITION", "same again"),
        ("THREAT_VIOLENCE", "'I'll rip it off'"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="ze",
    pattern="upstairs_neighbour_four_racist_threats_findings_of_fact", relationship="neighbour", occasions=4,
    text="""\
Findings. The complainant, Mr Kwame Boateng, lives in the flat below yours on Tanners Lane. I am sure that on four occasions between 3 August and 28 October last year you threatened him. On 3 August you told him on the stairs you would stab up any black man who parked in your bay. On 17 September you banged on his door and said you would string him up like they used to. On 8 October, and again on 28 October, you told him through his door that he would get cut. Each time you used words I will not repeat, which were racial abuse of the plainest kind. Mr Boateng told me that by October he believed you would carry those threats out, and I accept that; he was plainly a frightened man giving evidence. I reject your account that these were parking arguments in which he gave as good as he got. Mrs Dunn, who lives opposite, heard you on 17 September and heard nothing at all from him.""",
    spans=[
        ("REPETITION", "on four occasions between 3 August and 28 October"),
        ("THREAT_VIOLENCE", "you would stab up"),
        ("RACIAL_HOSTILITY", "any black man"),
        ("STALK_TURN_UP", "you banged on his door"),
        ("THREAT_VIOLENCE", "said you would string him up like they used to"),
        ("REPETITION", "On 8 October, and again on 28 October"),
        ("THREAT_VIOLENCE", "he would get cut"),
        ("RACIAL_HOSTILITY", "Each time you used words I will not repeat, which were racial abuse of the plainest kind"),
        ("FEAR_OF_VIOLENCE", "by October he believed you would carry those threats out"),
    ],
)

case(
    31, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="ze",
    pattern="banned_shoplifter_three_visits_in_a_week_anti_muslim_threats", relationship="customer", occasions=3,
    text="""\
1112 CALLER MR AHMED RASHID, OWNER CORNER SHOP 22 VICTORIA ST. SAME MALE IN 3RD TIME THIS WEEK (MON, WEDS, TODAY) SINCE CALLER BANNED HIM FOR SHOPLIFTING. MON: CALLED HIM A 'P**I MUSLIM S**M', SAID HE WOULD 'BURN THE SHOP DOWN WITH YOU IN IT'. WEDS: SAME THREAT, ADDED 'ALLAH WONT SAVE YOU'. TODAY 1105: 'SEE YOU AT FRIDAY PRAYERS, I KNOW WHICH MOSQUE'. CALLER V SCARED FOR HIMSELF, WIFE WORKS IN SHOP TOO. MALE KNOWN TO HIM AS 'DANNY' FROM FLATS OPP. CCTV AVAIL. PRIORITY.""",
    spans=[
        ("REPETITION", "3RD TIME THIS WEEK (MON, WEDS, TODAY)"),
        ("RELIGIOUS_HOSTILITY", "CALLED HIM A 'P**I MUSLIM S**M'"),
        ("THREAT_VIOLENCE", "'BURN THE SHOP DOWN WITH YOU IN IT'"),
        ("REPETITION", "SAME THREAT"),
        ("RELIGIOUS_HOSTILITY", "'ALLAH WONT SAVE YOU'"),
        ("THREAT_VIOLENCE", "'SEE YOU AT FRIDAY PRAYERS, I KNOW WHICH MOSQUE'"),
        ("FEAR_OF_VIOLENCE", "CALLER V SCARED FOR HIMSELF"),
    ],
)

case(
    32, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="ze",
    pattern="wifes_brother_racist_threats_four_dated_incidents", relationship="family", occasions=4,
    text="""\
DASH - IP Tunde Bakare (38), susp = wife's brother Liam Walsh (29). IP and wife Sarah live 2 doors from Sarah's parents. Liam has never accepted the marriage. Incidents IP can date:
- Xmas Day 25, at the parents' house: Liam called IP a 'f*****g African', said Sarah 'could have done better than a n*****'. Family stepped in.
- 14/02: Liam came to IP's door drunk, said I'll knife you, you black c**t, watch your back.
- 01/03: passed IP in the street, made a stabbing motion, 'soon'.
- 22/03: text from unknown no., go back to Lagos while you still can walk. IP sure it's Liam, same phrasing he uses.
IP v scared, believes Liam carries a knife, has stopped walking to the station after dark. Sarah supportive, her parents 'don't want to take sides'. Medium risk.""",
    spans=[
        ("RACIAL_HOSTILITY", "called IP a 'f*****g African'"),
        ("RACIAL_HOSTILITY", "said Sarah 'could have done better than a n*****'"),
        ("STALK_TURN_UP", "came to IP's door drunk"),
        ("THREAT_VIOLENCE", "I'll knife you"),
        ("RACIAL_HOSTILITY", "you black c**t"),
        ("THREAT_VIOLENCE", "made a stabbing motion, 'soon'"),
        ("RACIAL_HOSTILITY", "go back to Lagos"),
        ("THREAT_VIOLENCE", "while you still can walk"),
        ("FEAR_OF_VIOLENCE", "IP v scared, believes Liam carries a knife"),
        ("SERIOUS_IMPACT", "has stopped walking to the station after dark"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="lower", noise="typos", batch="ze",
    pattern="estate_youth_four_calendar_incidents_slurs_and_stab_threats", relationship="neighbour", occasions=4,
    text="""\
update 1 - ip mrs parveen akhtar, 58, reports 4 incidents since end of aug all involving the same youth (believed jayden, approx 15, lives in the tower block opp). dates from her calendar:
28/8 - youth at the bus stop calling her 'p**i' and laughing
4/9 - youth shouted 'get out of our country' from the balcony as she passed
12/9 - youth said ill stab you, you old p**i b***h as she walked past the shops
20/9 - same youth, same words about stabbing her, showed what ip thinks was a knife in his waistband
update 2 - ip v frightened, believes the boy will stab her. now only goes to the shops when her son can drive her. schools officer contacted re id.""",
    spans=[
        ("RACIAL_HOSTILITY", "calling her 'p**i'"),
        ("RACIAL_HOSTILITY", "shouted 'get out of our country'"),
        ("THREAT_VIOLENCE", "ill stab you"),
        ("RACIAL_HOSTILITY", "you old p**i b***h"),
        ("REPETITION", "same youth, same words about stabbing her"),
        ("THREAT_VIOLENCE", "showed what ip thinks was a knife in his waistband"),
        ("FEAR_OF_VIOLENCE", "believes the boy will stab her"),
        ("SERIOUS_IMPACT", "now only goes to the shops when her son can drive her"),
    ],
)

case(
    34, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="supervisor_review", case="mixed", noise="clean", batch="ze",
    pattern="historic_fourteen_months_landlord_anti_traveller_abuse_threats_tenant_moved", relationship="landlord", occasions=11,
    text="""\
Supervisor review - historic, 14 months (Feb 2025 to Apr 2026). IP Bridget Ward, who is of Irish Traveller heritage, rented 3 Mill Cottages from Colin Frayne. She has given a typed timeline and kept her rent receipts, so she is confident of dates. Frayne found out about her background in about March 2025 and after that his monthly visits to collect the rent changed. She lists 11 visits where he called her a 'pikey' or a 'gyppo' and said she would rob him blind. On two of them (June 2025 and January 2026) he said he would burn the place down with her in it, 'like they do to your lot's caravans', and on one more (March 2026) that he would break her legs if the rent was a day late. It never was. IP says she believed him and was frightened in her own home. In April 2026 she moved out to a council flat and took the children out of their school.
Points for the OIC:
1. The crime has been recorded as harassment only. Frayne's visits to collect rent were lawful in themselves and I would not count a visit where nothing was said; but on IP's account every one of the 11 visits she lists carried the same abuse, and three carried threats. The threats were on separate visits months apart and IP is clear she believed them. Amend to the racially aggravated fear of violence offence.
2. IP's eldest (14) was present in June 2025 - obtain an account.
3. Frayne is also the landlord of two other cottages on the lane. Speak to those tenants; one of them is said by IP to have heard him shouting in the garden on at least one occasion.
4. Frayne has not been spoken to. Interview under caution once 2 and 3 are done. No contact with IP has been reported since she moved and she does not want him to learn the new address, so do not disclose it in any letter or at interview.
Review again in 28 days.""",
    spans=[
        ("REPETITION", "She lists 11 visits"),
        ("RACIAL_HOSTILITY", "called her a 'pikey' or a 'gyppo'"),
        ("REPETITION", "On two of them (June 2025 and January 2026)"),
        ("THREAT_VIOLENCE", "he said he would burn the place down with her in it"),
        ("RACIAL_HOSTILITY", "'like they do to your lot's caravans'"),
        ("THREAT_VIOLENCE", "he would break her legs if the rent was a day late"),
        ("FEAR_OF_VIOLENCE", "IP says she believed him and was frightened in her own home"),
        ("SERIOUS_IMPACT", "she moved out to a council flat"),
        ("SERIOUS_IMPACT", "took the children out of their school"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="typos", batch="ze",
    pattern="ex_boyfriend_four_hundred_messages_pleading_and_racist_no_fear", relationship="ex_partner", occasions=60,
    text="""\
Me and Kyle split up in August after two years. Since then he has messaged me every day. I've screenshotted them all, theres 400 and something. Some days its "please baby come back" and "I'll do anything", other days its "your just a p*ki slag anyway" and "go back to your own kind". My dad is from Pakistan and Kyle knows that. He has come to my work twice (3 Oct and 17 Oct) and waited by my car. He sent flowers on my birthday with a card saying "you'll always be mine". I'm not scared of Kyle, he's never been violent, I'm just sick of it and I want him told. I havent changed anything and Im not going to let him make me.""",
    spans=[
        ("STALK_CONTACT", "he has messaged me every day"),
        ("REPETITION", "theres 400 and something"),
        ("FIXATION", "\"please baby come back\""),
        ("RACIAL_HOSTILITY", "\"your just a p*ki slag anyway\""),
        ("RACIAL_HOSTILITY", "\"go back to your own kind\""),
        ("STALK_LOITER", "come to my work twice (3 Oct and 17 Oct) and waited by my car"),
        ("STALK_GIFTS", "sent flowers on my birthday"),
        ("FIXATION", "\"you'll always be mine\""),
        ("DISTRESS", "I'm just sick of it"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="redacted", batch="ze",
    pattern="planning_applicant_fixates_on_jewish_councillor_58_posts", relationship="online", occasions=81,
    text="""\
Summary: V (Person A) is a parish councillor and is Jewish. S (Person B) knows her only from one council meeting in January 2026 at which she voted against his planning application. Since then S has made 58 posts about V on X and in a local Facebook group (log prepared by OIC, exhibit XX/2), the latest on 30/06. The posts give her street, the time she walks her dog each morning, photos of her outside the synagogue on Saturdays, and text such as 'typical j*w, always looking after her own' and 'the zionist is at it again'. He has also emailed her council address 23 times. None of the posts mention any other councillor who voted the same way. No threats. V says she is uneasy but "I've had worse" and has not changed her routine.""",
    spans=[
        ("STALK_PUBLISH", "has made 58 posts about V on X and in a local Facebook group"),
        ("STALK_MONITOR", "the time she walks her dog each morning"),
        ("STALK_WATCH", "photos of her outside the synagogue on Saturdays"),
        ("RELIGIOUS_HOSTILITY", "'typical j*w, always looking after her own'"),
        ("RELIGIOUS_HOSTILITY", "'the zionist is at it again'"),
        ("STALK_CONTACT", "emailed her council address 23 times"),
        ("FIXATION", "None of the posts mention any other councillor who voted the same way"),
        ("DISTRESS", "V says she is uneasy"),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="ze",
    pattern="neighbour_nineteen_entry_book_watching_photos_notes_tyres", relationship="neighbour", occasions=19,
    text="""\
PC 2290 04/05 1030. ATTENDED 11 Brook St, IP Mr Hassan Jama. IP keeps a book where he writes down every time - I counted 19 entries since 10 Feb. Types of entry:
- neighbour at no.13 (Terry VANCE) standing at his front window watching IP's house, most entries
- photographing IP & his visitors as they come and go (IP has photos of Vance doing it)
- 4 notes through the door: 'SOMALI PIRATES OUT', 'WE DONT WANT YOUR KIND', 2 others similar
- IP's car tyres let down 02/04 and 20/04, IP saw Vance crouched by the car on 20/04
VANCE has also been asking other neighbours what hours IP works. NO threats. IP: "I am not afraid, I am tired." Has not changed his routine. Attempted words of advice w/ Vance - wouldnt answer door. PNC nil.""",
    spans=[
        ("REPETITION", "19 entries since 10 Feb"),
        ("STALK_WATCH", "standing at his front window watching IP's house"),
        ("STALK_WATCH", "photographing IP & his visitors as they come and go"),
        ("STALK_CONTACT", "4 notes through the door"),
        ("RACIAL_HOSTILITY", "'SOMALI PIRATES OUT'"),
        ("RACIAL_HOSTILITY", "'WE DONT WANT YOUR KIND'"),
        ("STALK_PROPERTY", "IP's car tyres let down 02/04 and 20/04"),
        ("STALK_MONITOR", "asking other neighbours what hours IP works"),
        ("DISTRESS", "I am tired"),
    ],
)

case(
    38, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="redacted", batch="ze",
    pattern="team_leader_timeline_colleague_follows_then_anti_romanian_abuse", relationship="colleague", occasions=20,
    text="""\
Email from [W1], team leader, forwarded to OIC:
"As you asked, here is the timeline of what Andreea has told me about Nathan.
Jan - asked her out 5 or 6 times, she said no every time
Feb - started waiting for her at the bus stop after shift (she says at least 8 times in Feb)
02/03 - got on her bus and sat behind her, got off at her stop
09/03 and 16/03 - the same
March - left chocolates in her locker twice
Since she reported him in April he has been calling her a 'Romanian gypsy' and a 'beggar' in front of others on the shop floor, and saying 'you people should be grateful anyone looks at you'. I have moved Nathan to another section. Andreea still comes in as normal and says she isn't frightened of him, but I can see she's upset." """,
    spans=[
        ("FIXATION", "asked her out 5 or 6 times, she said no every time"),
        ("STALK_LOITER", "waiting for her at the bus stop after shift"),
        ("REPETITION", "at least 8 times in Feb"),
        ("STALK_FOLLOW", "got on her bus and sat behind her, got off at her stop"),
        ("REPETITION", "09/03 and 16/03 - the same"),
        ("STALK_GIFTS", "left chocolates in her locker twice"),
        ("RACIAL_HOSTILITY", "calling her a 'Romanian gypsy' and a 'beggar'"),
        ("RACIAL_HOSTILITY", "'you people should be grateful anyone looks at you'"),
        ("DISTRESS", "I can see she's upset"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="clean", batch="ze",
    pattern="older_stranger_follows_to_station_six_entries_racist_remarks_annoyed", relationship="stranger", occasions=6,
    text="""\
Log for PC Hughes, as asked.
1. Fri 6 June, about 7.15am. Man with a grey beard and a Leeds shirt walked behind me from Albert Rd to the station, muttering. At the barrier he said "you lot are everywhere".
2. Mon 9 June, same time. Same man waiting at the corner of Albert Rd. Followed me to the station again.
3. Weds 11 June. He was on the platform. Said "back to the jungle" as I walked past.
4. Fri 13 June. Waiting at the corner again and followed me. I turned round and told him to leave me alone. He laughed.
5. Tues 17 June. Standing across the road from my flat when I came out at 7.10, then followed me all the way.
6. Thurs 19 June. On the corner. Said "morning, golliwog".
To be honest I'm more annoyed than scared, he must be 70. I haven't changed what I do and I won't. But he's obviously worked out where I live.""",
    spans=[
        ("STALK_FOLLOW", "walked behind me from Albert Rd to the station"),
        ("STALK_LOITER", "Same man waiting at the corner of Albert Rd"),
        ("STALK_FOLLOW", "Followed me to the station again"),
        ("RACIAL_HOSTILITY", "\"back to the jungle\""),
        ("STALK_LOITER", "Waiting at the corner again"),
        ("UNWANTED", "told him to leave me alone. He laughed"),
        ("STALK_WATCH", "Standing across the road from my flat when I came out at 7.10"),
        ("STALK_FOLLOW", "followed me all the way"),
        ("RACIAL_HOSTILITY", "\"morning, golliwog\""),
        ("STALK_MONITOR", "he's obviously worked out where I live"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="result_note", case="mixed", noise="abbrev", batch="ze",
    pattern="ex_partner_charged_log_of_drive_bys_messages_three_dated_threats_racist", relationship="ex_partner", occasions=40,
    text="""\
RESULT 11/12: Mark Denton charged racially aggravated stalking (fear of violence) against ex-partner Keisha Lawrence. Remanded. Summary: relationship ended 03/09. IP's log shows susp drove past her address on 14 dates Sept-Nov, sent 300+ msgs and waited outside her work on 6 occasions. Msgs include repeated racial abuse ('black slag', 'monkey', 'go back to your jungle family') and threats on 21/09 ('I'll smash your face in'), 15/10 ('you'll be in a box by Xmas') and 29/11, in person outside her work ('I'll come for you when you least expect it'). IP states she is terrified he will kill her and has been staying at her mother's since 30/11. Bad character app to follow (DA against a previous partner).""",
    spans=[
        ("STALK_LOITER", "drove past her address on 14 dates Sept-Nov"),
        ("STALK_CONTACT", "sent 300+ msgs"),
        ("STALK_LOITER", "waited outside her work on 6 occasions"),
        ("RACIAL_HOSTILITY", "'black slag', 'monkey', 'go back to your jungle family'"),
        ("THREAT_VIOLENCE", "'I'll smash your face in'"),
        ("THREAT_VIOLENCE", "'you'll be in a box by Xmas'"),
        ("THREAT_VIOLENCE", "'I'll come for you when you least expect it'"),
        ("FEAR_OF_VIOLENCE", "IP states she is terrified he will kill her"),
        ("SERIOUS_IMPACT", "has been staying at her mother's since 30/11"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="ze",
    pattern="neighbour_74_notebook_entries_anti_hindu_family_sold_house", relationship="neighbour", occasions=74,
    text="""\
Victim Personal Statement of Priya Nair. I lived at 6 Denholme Gardens for nine years. From about March last year the man at number 8, Mr Royle, started watching me. I know the dates because my husband made me write them in a notebook, and there are 74 entries. He would stand in his upstairs window when I got home from work, every weekday. He put a camera on his fence pointing into our garden. He wrote to the council four times to say our Diwali lights were a fire hazard. He left a plastic cow on our doorstep with "go and worship this" written on it, and another time a note saying "heathens out". Twice he followed me to the temple in his car. I was not frightened he would hit me, it was not that kind of fear; it was that I was never not being looked at. In January we sold the house at a loss and moved to the other side of the city. My daughter had to change schools. I still check my mirror when I drive.""",
    spans=[
        ("REPETITION", "there are 74 entries"),
        ("STALK_WATCH", "stand in his upstairs window when I got home from work, every weekday"),
        ("STALK_MONITOR", "put a camera on his fence pointing into our garden"),
        ("STALK_ORDERS", "wrote to the council four times to say our Diwali lights were a fire hazard"),
        ("RELIGIOUS_HOSTILITY", "left a plastic cow on our doorstep with \"go and worship this\" written on it"),
        ("RELIGIOUS_HOSTILITY", "\"heathens out\""),
        ("STALK_FOLLOW", "Twice he followed me to the temple in his car"),
        ("DISTRESS", "I was never not being looked at"),
        ("SERIOUS_IMPACT", "we sold the house at a loss and moved to the other side of the city"),
        ("SERIOUS_IMPACT", "My daughter had to change schools"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="updates", case="mixed", noise="heavy", batch="ze",
    pattern="gamer_rival_doxx_racist_dms_same_threat_twice", relationship="online", occasions=8,
    text="""\
UPD 1 0915 - IP Lamar Okafor 24, streams/plays competitive. since he beat susp in a tourney final in jan susp (handle gr1mR3aper) has:
- posted IPs home addr + his mums addr on a discord server 12/02
- sent 60+ DMs across 4 platforms, incl 'n****r' x dozens, 'ape'
- 19/02 DM 'im gonna find u and cut u up'
- 03/03 DM w/ photo of IPs front door, 'told u'
- 17/03 same threat word for word + 'this time i mean it'
UPD 2 - IP v scared, thinks susp is local (door pic genuine, taken daylight). sleeping at gfs most nights. wants addr posts taken down, enqs w/ discord ongoing.
UPD 3 - IP confirms susp also got into his old twitch acct (reused pw) and changed the bio to a racist slur.""",
    spans=[
        ("STALK_PUBLISH", "posted IPs home addr + his mums addr on a discord server"),
        ("STALK_CONTACT", "sent 60+ DMs across 4 platforms"),
        ("RACIAL_HOSTILITY", "'n****r' x dozens, 'ape'"),
        ("THREAT_VIOLENCE", "'im gonna find u and cut u up'"),
        ("STALK_MONITOR", "DM w/ photo of IPs front door, 'told u'"),
        ("REPETITION", "same threat word for word"),
        ("THREAT_VIOLENCE", "'this time i mean it'"),
        ("FEAR_OF_VIOLENCE", "IP v scared"),
        ("SERIOUS_IMPACT", "sleeping at gfs most nights"),
        ("STALK_PROPERTY", "got into his old twitch acct (reused pw) and changed the bio to a racist slur"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="statement", case="mixed", noise="clean", batch="ze",
    pattern="former_workmate_outside_mosque_fridays_victim_stopped_attending", relationship="acquaintance", occasions=10,
    text="""\
I worked with Dean at the packing plant until I left in May. He always wanted to talk to me and I always kept it short. After I left I started seeing him. I have put everything in order.
12 June - he was outside the mosque on Cobden Street when I came out after Friday prayers. He said "didn't know you were one of them".
19 June - outside the mosque again. He shouted "allahu akbar, boom" and laughed.
26 June - he followed me from the mosque to the bus stop, going on about "you people and that rag on your head".
3 July - I did not go. My brother went and said Dean was there.
Since then he has been at the end of my road two or three times a week. On 18 July he followed me into the Co-op and stood behind me in the queue.
I have stopped going to Friday prayers, which I have done every week since I was little. I go to my aunt's the long way through the park so I don't pass the end of my road, and I haven't been in the Co-op since.""",
    spans=[
        ("STALK_LOITER", "he was outside the mosque on Cobden Street when I came out after Friday prayers"),
        ("REPETITION", "outside the mosque again"),
        ("RELIGIOUS_HOSTILITY", "He shouted \"allahu akbar, boom\" and laughed"),
        ("STALK_FOLLOW", "he followed me from the mosque to the bus stop"),
        ("RELIGIOUS_HOSTILITY", "\"you people and that rag on your head\""),
        ("STALK_LOITER", "he has been at the end of my road two or three times a week"),
        ("STALK_FOLLOW", "followed me into the Co-op and stood behind me in the queue"),
        ("SERIOUS_IMPACT", "I have stopped going to Friday prayers"),
        ("SERIOUS_IMPACT", "I go to my aunt's the long way through the park"),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="mo_field", case="upper", noise="heavy", batch="ze",
    pattern="thirteen_month_stranger_at_nail_bar_37_logged_occasions_repeat_threat", relationship="stranger", occasions=37,
    text="""\
MO: OVER APPROX 13 MTHS (MAR 25 - APR 26) SUSP, MALE NOT KNOWN TO IP, HAS REPEATEDLY ATTENDED IPS PLACE OF WORK (NAIL BAR HIGH ST) + SAT IN BUS SHELTER OPP FOR HRS WATCHING. IP (VIETNAMESE NATIONAL) LOGGED 37 OCCASIONS. SUSP FOLLOWED IP TO HER CAR ON AT LEAST 5 OF THESE. RACIAL ABUSE THRU OUT - 'CH*NK', 'BOAT PEOPLE', MIMICKING HER ACCENT. THREAT 08/25 'ILL CUT THAT PRETTY FACE', REPEATED 01/26 + 03/26 SAME WORDS. IP IN FEAR OF HIM, LEFT HER JOB AT NAIL BAR 04/26, NOW WORKS IN ANOTHER TOWN. SUSP IDD VIA CCTV 11/04.""",
    spans=[
        ("STALK_TURN_UP", "HAS REPEATEDLY ATTENDED IPS PLACE OF WORK"),
        ("STALK_WATCH", "SAT IN BUS SHELTER OPP FOR HRS WATCHING"),
        ("REPETITION", "LOGGED 37 OCCASIONS"),
        ("STALK_FOLLOW", "FOLLOWED IP TO HER CAR ON AT LEAST 5 OF THESE"),
        ("RACIAL_HOSTILITY", "'CH*NK', 'BOAT PEOPLE', MIMICKING HER ACCENT"),
        ("THREAT_VIOLENCE", "'ILL CUT THAT PRETTY FACE'"),
        ("REPETITION", "REPEATED 01/26 + 03/26 SAME WORDS"),
        ("FEAR_OF_VIOLENCE", "IP IN FEAR OF HIM"),
        ("SERIOUS_IMPACT", "LEFT HER JOB AT NAIL BAR 04/26, NOW WORKS IN ANOTHER TOWN"),
    ],
)
