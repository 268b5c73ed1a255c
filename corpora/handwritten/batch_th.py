# ruff: noqa: E501
"""Hand-written narratives, writer th: public-facing and public-service workers as victims."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="th",
    pattern="constituent_fixated_on_councillor_after_closed_planning_case_surgeries_and_gifts", relationship="acquaintance", occasions=8,
    text="""\
CAD 2231 14/03. IP CLLR [NAME 1] WARD MEMBER FOR ASHGROVE. RPTS MALE CONSTITUENT SUSP DENNIS HALLORAN (60S) HAS ATTENDED HER FORTNIGHTLY SURGERY AT THE LIBRARY EVERY SESSION SINCE NOV EVEN THO HIS PLANNING CASE WAS CLOSED IN OCT. SITS AT BACK AND WAITS TILL EVERYONE ELSE GONE. TOLD HIM IN JAN SHE CANNOT HELP FURTHER AND NOT TO COME BACK - HE SAID SHE IS THE ONLY ONE WHO LISTENS TO HIM AND HE WILL KEEP COMING. SINCE THEN HAS LEFT 3 HANDWRITTEN CARDS AND A BUNCH OF FLOWERS ON HER CAR WINDSCREEN IN COUNCIL CAR PARK. LAST THURS WAS STOOD BY HER CAR AT 2140 WHEN SHE CAME OUT OF FULL COUNCIL. NO THREATS. IP UNEASY, HAS NOT CHANGED ANYTHING YET. NB PREV CAD RE HER STOLEN BIKE - NOT LINKED.""",
    spans=[
        ("STALK_TURN_UP", "HAS ATTENDED HER FORTNIGHTLY SURGERY AT THE LIBRARY"),
        ("REPETITION", "EVERY SESSION SINCE NOV"),
        ("STALK_LOITER", "WAITS TILL EVERYONE ELSE GONE"),
        ("UNWANTED", "TOLD HIM IN JAN SHE CANNOT HELP FURTHER AND NOT TO COME BACK"),
        ("FIXATION", "SHE IS THE ONLY ONE WHO LISTENS TO HIM AND HE WILL KEEP COMING"),
        ("STALK_GIFTS", "LEFT 3 HANDWRITTEN CARDS AND A BUNCH OF FLOWERS ON HER CAR WINDSCREEN"),
        ("STALK_LOITER", "WAS STOOD BY HER CAR AT 2140"),
        ("DISTRESS", "IP UNEASY"),
    ],
)

case(
    2, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="th",
    pattern="bus_passenger_fare_dispute_two_stabbing_threats_driver_afraid", relationship="customer", occasions=2,
    text="""\
I am a bus driver for Redline Buses and have driven the 47 route out of Carrow depot for six years. On Monday 3rd February at about 07:50 a man I now know as Kieran Shaw got on at the Fennel Street stop and tried to use an expired student pass. I told him he would need to pay the fare. He leaned round the cab screen and said "I'll stab you in your fat neck when you get off this bus." He then paid and sat at the back. I reported it to control at the time. On Thursday 6th February he got on at the same stop. He did not try to pay. He stood at the screen and said "Remember what I said. I know what time you finish." He got off two stops later. I was shaking for the rest of the shift. I genuinely believe he will attack me when I am walking to my car at the depot. I have asked my manager to move me off the 47 but nothing has been arranged yet.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll stab you in your fat neck when you get off this bus."),
        ("REPETITION", "On Thursday 6th February he got on at the same stop."),
        ("THREAT_VIOLENCE", "Remember what I said. I know what time you finish."),
        ("DISTRESS", "I was shaking for the rest of the shift."),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he will attack me when I am walking to my car at the depot."),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="typos", batch="th",
    pattern="regular_customer_religious_abuse_of_sikh_shop_worker_three_visits_no_fear", relationship="customer", occasions=3,
    text="""\
Crime summary - IP Harjit Dhillon, 34, works the counter at Baxter's Convenience, Mill Lane. SUSP is a regular customer, Gary TODD known localy. On three seperate visits over the last fortnight (12th, 15th and 21st) TODD has made coments about the IP's turban, calling him a "towel head" and telling him to "go back to your temple and take your religion with you". On the 21st he added that "your lot shouldnt be let near a till". IP states he is not scared of TODD, who is in his 70s and walks with a stick, but is fed up and humilated infront of other customers. CCTV requested from shop owner. No injury, no damage. TODD not yet spoken to.""",
    spans=[
        ("REPETITION", "On three seperate visits over the last fortnight (12th, 15th and 21st)"),
        ("RELIGIOUS_HOSTILITY", "made coments about the IP's turban, calling him a \"towel head\""),
        ("RELIGIOUS_HOSTILITY", "go back to your temple and take your religion with you"),
        ("DISTRESS", "fed up and humilated infront of other customers"),
    ],
)

case(
    4, "no_offence", "R",
    voice="dash_note", case="lower", noise="abbrev", batch="th",
    pattern="single_racist_slur_at_parking_warden_by_unknown_driver", relationship="stranger", occasions=1,
    text="""\
ceo [name] issuing pcn high st 1105. driver of blue transit called him a 'f***ing p*** c***' + drove off. one off, not seen before or since. s.5 poa, not pha.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'f***ing p*** c***'"),
    ],
)

case(
    5, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="th",
    pattern="muslim_reporter_targeted_online_and_at_office_after_mosque_story_stops_going_out", relationship="online", occasions=10,
    text="""\
I am a reporter on the Northgate Echo and I cover the council and the courts. I am Muslim and I wear a headscarf, and my photograph appears next to my articles. Since I wrote about the Brackley Road mosque extension in August, a man using the name 'TrueBrit_Ray', who I now know is Raymond Cole, has been writing about me almost every day. He puts up posts on his own page and in local Facebook groups with my picture, calling me a "burka propagandist" and saying "Islam is a disease and she is one of its carriers". He has commented under every article I have written since, and he tagged my personal Instagram, which I then had to lock. In October he found out which gym I go to and posted a photo of my car outside it with the caption "nice motor for an infiltrator". On 4 November he came to the front desk at our office and asked for me by name. Reception told him I was out. He left an envelope addressed to me with a Quran inside that had pages torn out.

Since then I have stopped going into the office and work from home. I have cancelled my gym membership and I no longer cover court, because I would be sitting in a public gallery where anyone can sit behind me. My editor has taken my photo byline off the website. I used to love this job. Now I check the street from my window before I go out to the car.""",
    spans=[
        ("STALK_PUBLISH", "has been writing about me"),
        ("REPETITION", "almost every day"),
        ("RELIGIOUS_HOSTILITY", "calling me a \"burka propagandist\""),
        ("RELIGIOUS_HOSTILITY", "Islam is a disease and she is one of its carriers"),
        ("STALK_MONITOR", "He has commented under every article I have written since"),
        ("STALK_CONTACT", "he tagged my personal Instagram"),
        ("STALK_MONITOR", "he found out which gym I go to"),
        ("STALK_PUBLISH", "posted a photo of my car outside it"),
        ("STALK_TURN_UP", "he came to the front desk at our office and asked for me by name"),
        ("RELIGIOUS_HOSTILITY", "a Quran inside that had pages torn out"),
        ("SERIOUS_IMPACT", "I have stopped going into the office and work from home"),
        ("SERIOUS_IMPACT", "I have cancelled my gym membership"),
        ("SERIOUS_IMPACT", "I no longer cover court"),
        ("DISTRESS", "Now I check the street from my window before I go out to the car."),
    ],
)

case(
    6, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="th",
    pattern="parent_floods_teacher_with_abusive_emails_over_detention_no_fixation", relationship="acquaintance", occasions=20,
    text="""\
Update 1 (PC 4471) - spoke to IP Mrs Alison Reeve, Yr 6 teacher at St Barnabas Primary. Since her son was given a lunchtime detention on 9/5 the father, Mark GIBBS, has sent IP 14 msgs via the school Class Dojo app + 6 to her school email addr in 8 days. Content abusive - "useless cow", "you've got it in for him", "you're not fit to teach". Head has replied to him twice asking him to route everything via the office. He continues.

Update 2 - reviewed the msgs. All concern the detention and son's treatment. Nothing about IP personally beyond the insults, no attempt to see her outside school, not been to her home, no threats. IP stressed but working as normal.

Update 3 - GIBBS spoken to by phone, says he was "standing up for his lad". Advised. School restricting him to office contact only.""",
    spans=[
        ("STALK_CONTACT", "has sent IP 14 msgs via the school Class Dojo app + 6 to her school email addr"),
        ("REPETITION", "in 8 days"),
        ("UNWANTED", "Head has replied to him twice asking him to route everything via the office"),
        ("REPETITION", "He continues."),
        ("DISTRESS", "IP stressed"),
    ],
)

case(
    7, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="upper", noise="heavy", batch="th",
    pattern="mother_of_removed_children_watches_and_follows_social_worker_to_home_no_words", relationship="acquaintance", occasions=7,
    text="""\
CRIME SUMMRY. IP IS A CHILDRENS SW (LA FAMILY SAFEGUARDING TM). SUSP = MOTHER OF 2 CHILDREN REMOVED UNDER ICO IN JUNE, IP WAS ALLOCATED SW. SINCE JULY SUSP SEEN BY IP ON 5 OCCASSIONS ACROSS RD FROM COUNCIL OFFICES AT APPROX 0830 WATCHING STAFF ENTRANCE. 18/08 SUSP FOLLOWED IP IN HER CAR FROM OFFICES TO TESCO EXTRA, PARKED 2 BAYS AWAY + SAT WATCHING. 26/08 IP NEIGHBOUR SAW SUSP SITTING IN RED CORSA OUTSIDE IP HOME ADDR (NOT KNOWN TO SUSP THRU WORK - IP DOESNT KNOW HOW SHE GOT IT). NO WORDS SPOKEN ON ANY OCCASION, NO THRTS. IP NOW PARKS AT A DIFF SITE + WALKS IN VIA BACK, HAS HAD RING DOORBELL + CCTV FITTED AT HOME AT OWN COST, HER KIDS NO LONGER WALK TO SCHOOL ALONE. OIC TO ARRANGE VOL INTV.""",
    spans=[
        ("REPETITION", "ON 5 OCCASSIONS"),
        ("STALK_WATCH", "ACROSS RD FROM COUNCIL OFFICES AT APPROX 0830 WATCHING STAFF ENTRANCE"),
        ("STALK_FOLLOW", "SUSP FOLLOWED IP IN HER CAR FROM OFFICES TO TESCO EXTRA"),
        ("STALK_WATCH", "PARKED 2 BAYS AWAY + SAT WATCHING"),
        ("STALK_LOITER", "SITTING IN RED CORSA OUTSIDE IP HOME ADDR"),
        ("SERIOUS_IMPACT", "IP NOW PARKS AT A DIFF SITE + WALKS IN VIA BACK"),
        ("SERIOUS_IMPACT", "HAS HAD RING DOORBELL + CCTV FITTED AT HOME AT OWN COST"),
        ("SERIOUS_IMPACT", "HER KIDS NO LONGER WALK TO SCHOOL ALONE"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="typos", batch="th",
    pattern="customer_threatens_polish_checkout_worker_twice_with_nationality_abuse", relationship="customer", occasions=2,
    text="""\
1612 hrs attended lidl crane rd re threats to staff. spoke to ip agnieszka wojcik, 41, checkout. states male susp (known as 'tel', regular, poss terry nash) came to her till today and said 'you polish scum, ill smash your face in when you finish'. same male did similiar on sat 2/3 - said 'go home to poland before i put you in the ground'. ip crying while giving acc, says she is terrified of him and has asked her manager to walk her to the bus. mgr confirms both incidents, cctv to be seized. susp left store prior to pol arrival. pnc check pending.""",
    spans=[
        ("RACIAL_HOSTILITY", "you polish scum"),
        ("THREAT_VIOLENCE", "ill smash your face in when you finish"),
        ("REPETITION", "same male did similiar on sat 2/3"),
        ("RACIAL_HOSTILITY", "go home to poland"),
        ("THREAT_VIOLENCE", "before i put you in the ground"),
        ("DISTRESS", "ip crying while giving acc"),
        ("FEAR_OF_VIOLENCE", "she is terrified of him"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="clean", batch="th",
    pattern="constituent_fixated_on_mps_caseworker_letters_visits_racist_content", relationship="acquaintance", occasions=17,
    text="""\
Supervisor review, DS 2290 Okafor. Victim is a senior caseworker in the constituency office of the local MP. The suspect, Leonard PRICE, 58, first contacted the office in March about a housing transfer and was allocated to her. His case was closed in May when the housing association refused the transfer. Since then PRICE has (1) written 11 letters to the office addressed personally to her, several running to six pages, (2) come to the office unannounced on at least four occasions asking only for her and refusing to speak to anyone else, and (3) been seen twice by staff standing at the bus stop opposite the office at closing time. Letters 7 to 11 contain the passages "people like you were brought here to take our houses" and "go back to Africa and do your caseworking there", and refer to her as a "jumped-up monkey in a suit". The victim was born in Croydon; her family are of Ghanaian origin. She describes herself as angry rather than frightened and has not altered her routine.

I am satisfied there is a course of conduct with clear fixation on the victim (he refuses any other caseworker, and there are several types of behaviour) and that racial hostility is demonstrated. Record as racially aggravated stalking. OIC to seize the letters, take a statement from the office manager and arrest PRICE.""",
    spans=[
        ("STALK_CONTACT", "written 11 letters to the office addressed personally to her"),
        ("STALK_TURN_UP", "come to the office unannounced on at least four occasions"),
        ("FIXATION", "asking only for her and refusing to speak to anyone else"),
        ("REPETITION", "been seen twice by staff"),
        ("STALK_LOITER", "standing at the bus stop opposite the office at closing time"),
        ("RACIAL_HOSTILITY", "people like you were brought here to take our houses"),
        ("RACIAL_HOSTILITY", "go back to Africa and do your caseworking there"),
        ("RACIAL_HOSTILITY", "jumped-up monkey in a suit"),
    ],
)

case(
    10, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="clean", batch="th",
    pattern="councillor_two_threatening_voicemails_over_bin_collections", relationship="stranger", occasions=2,
    text="""\
CALLER IS CLLR BRIDGET MORAN, CABINET MEMBER FOR ENVIRONMENT. SINCE FORTNIGHTLY BIN COLLECTIONS WERE ANNOUNCED ON THE 14TH SHE HAS HAD TWO VOICEMAILS ON HER COUNCIL MOBILE FROM THE SAME WITHHELD MALE. 15TH AT 2212: "YOU'LL BE IN ONE OF YOUR OWN BINS BY CHRISTMAS, I'LL PUT YOU THERE MYSELF." 17TH AT 0640: "I MEANT IT. I KNOW YOUR WARD, I'LL FIND YOU." CALLER SAYS SHE IS FRIGHTENED TO DO HER DOORSTEP CANVASSING ON SATURDAY AND THINKS HE MEANS IT. VOICEMAILS SAVED. COUNCIL IT TO TRY TO TRACE NUMBER. ADVISED 999 IF APPROACHED.""",
    spans=[
        ("STALK_CONTACT", "HAS HAD TWO VOICEMAILS ON HER COUNCIL MOBILE FROM THE SAME WITHHELD MALE"),
        ("THREAT_VIOLENCE", "YOU'LL BE IN ONE OF YOUR OWN BINS BY CHRISTMAS, I'LL PUT YOU THERE MYSELF."),
        ("THREAT_VIOLENCE", "I MEANT IT. I KNOW YOUR WARD, I'LL FIND YOU."),
        ("FEAR_OF_VIOLENCE", "SHE IS FRIGHTENED TO DO HER DOORSTEP CANVASSING ON SATURDAY AND THINKS HE MEANS IT"),
    ],
)

case(
    11, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="th",
    pattern="viewer_fixated_on_baking_influencer_gifts_comments_turns_up_at_market_upset_only", relationship="online", occasions=8,
    text="""\
I'm writing this on behalf of my sister, Jess Arkwright, who runs the 'Jess Bakes Bolton' TikTok and YouTube channels (about 40k followers). I handle her emails and her PO box. Since around September one viewer, username 'gentleman_gordon', has been sending her gifts to the PO box: a necklace, a teddy with a voice recording of him saying her name, perfume, and in December a framed print of a screenshot from one of her videos. Jess posted that she doesn't accept personal gifts and messaged him directly asking him to stop. He replied that she 'didn't mean it' and that they had 'a connection nobody else gets'. He comments on every video within minutes of it going up, often pointing out things in the background of her kitchen.

On 11 January he came to the farmers' market in Horwich where Jess had a stall (she'd advertised it on her page), stood at the end of the aisle for about two hours and filmed her on his phone. He didn't speak to her. He has never threatened her. Jess was upset and cried that evening and says she feels 'watched all the time', but she is carrying on with the channel and the market stalls as normal. I'd like police to know about this in case it gets worse.""",
    spans=[
        ("REPETITION", "Since around September"),
        ("STALK_GIFTS", "has been sending her gifts to the PO box"),
        ("UNWANTED", "messaged him directly asking him to stop"),
        ("FIXATION", "they had 'a connection nobody else gets'"),
        ("STALK_MONITOR", "He comments on every video within minutes of it going up"),
        ("STALK_TURN_UP", "he came to the farmers' market in Horwich"),
        ("STALK_WATCH", "stood at the end of the aisle for about two hours and filmed her on his phone"),
        ("DISTRESS", "Jess was upset and cried that evening"),
    ],
)

case(
    12, "no_offence", "",
    voice="result_note", case="mixed", noise="typos", batch="th",
    pattern="mutual_rows_between_hardware_shop_assistant_and_customer_over_refund", relationship="customer", occasions=2,
    text="""\
Result: NFA - no offence. Reported as harrassment by shop asst at Coopers Hardware (Sandra BELL). Enquiries show BELL and customer Neil FROST had a heated argument on 02/07 over a returned drill, both swearing at each other across the counter, FROST calling her a 'jobsworth' and BELL telling him to 'get out before I throw you out'. On 05/07 FROST came back with the reciept, it was raised again and there was a second row, CCTV shows both shouting and BELL coming round the counter pointing at him. Refund was then given. No threats by FROST, no contact since. Mutual dispute over a refund, not conduct aimed at BELL. Both given words of advice. Store manager aware.""",
    spans=[],
)

case(
    13, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="th",
    pattern="college_passenger_racially_abuses_asian_bus_driver_nightly_one_threat_not_afraid", relationship="customer", occasions=9,
    text="""\
Statement of Imran Qureshi, bus driver, Westfield depot. I drive the 12 and 12A. Since about the start of April a lad of about 20, who I now know is Connor WELLS, has got on my bus most weekday evenings around 1830 at the college stop. Every time he sees it's me driving he starts. He calls me "Paki" and "curry muncher" through the screen, tells the other passengers to "watch out, the terrorist's driving tonight" and makes bomb noises. I've counted at least nine times now, I started writing the dates down on 14/04. On 2nd May he said "one day I'll drag you out of that cab". To be honest I'm not worried about him hurting me, he's all mouth. What I am is sick of being humiliated in front of my passengers and my regulars. I have not changed my shifts and I don't want to. I want him banned and dealt with.""",
    spans=[
        ("REPETITION", "most weekday evenings around 1830"),
        ("RACIAL_HOSTILITY", "He calls me \"Paki\" and \"curry muncher\" through the screen"),
        ("RACIAL_HOSTILITY", "watch out, the terrorist's driving tonight"),
        ("REPETITION", "at least nine times now"),
        ("THREAT_VIOLENCE", "one day I'll drag you out of that cab"),
        ("DISTRESS", "sick of being humiliated in front of my passengers and my regulars"),
    ],
)

case(
    14, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="th",
    pattern="resident_posts_antisemitic_material_about_jewish_councillor_attends_meetings_two_threats", relationship="stranger", occasions=8,
    text="""\
Crime summary. Victim: Cllr [NAME 1], [AGE], independent member for [WARD]. Suspect: [NAME 2], a resident of the ward. The victim is Jewish and has spoken publicly about it. From February the suspect has posted repeatedly about the victim on X and on a neighbourhood Facebook group ([GROUP]), at first about her vote on the Lowfield car park but from March increasingly about her religion: "the Zionist puppet on our council", "[NAME 1] answers to Tel Aviv not to [TOWN]", and a doctored image of her wearing a yellow star. He attended three consecutive council meetings in the public gallery and each time sat in the front row staring at her. On 22/03 he waited outside the civic centre after a meeting and said to her "you people never learn, you'll get what's coming". On 05/04 a note was pushed through her home letterbox (the address is not published) reading "I know where you sleep Jew. Next time it's not paper through the door." Victim states she is frightened he will attack her at home or after meetings and took both the comment and the note as threats to hurt her. Police marker placed on the address.""",
    spans=[
        ("STALK_PUBLISH", "the suspect has posted repeatedly about the victim on X and on a neighbourhood Facebook group"),
        ("RELIGIOUS_HOSTILITY", "the Zionist puppet on our council"),
        ("RELIGIOUS_HOSTILITY", "[NAME 1] answers to Tel Aviv not to [TOWN]"),
        ("RELIGIOUS_HOSTILITY", "a doctored image of her wearing a yellow star"),
        ("STALK_TURN_UP", "attended three consecutive council meetings in the public gallery"),
        ("STALK_WATCH", "sat in the front row staring at her"),
        ("STALK_LOITER", "he waited outside the civic centre after a meeting"),
        ("THREAT_VIOLENCE", "you people never learn, you'll get what's coming"),
        ("ESCALATION", "a note was pushed through her home letterbox (the address is not published)"),
        ("RELIGIOUS_HOSTILITY", "I know where you sleep Jew."),
        ("THREAT_VIOLENCE", "Next time it's not paper through the door."),
        ("FEAR_OF_VIOLENCE", "she is frightened he will attack her at home or after meetings"),
    ],
)

case(
    15, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="th",
    pattern="resident_in_permit_dispute_follows_and_films_parking_warden_on_rounds", relationship="stranger", occasions=3,
    text="""\
MO: SUSP IS RESIDENT OF PARKSIDE AVE, IN DISPUTE W/ COUNCIL RE NEW RESIDENTS PERMIT ZONE. ON 3 OCCS (04/09, 11/09, 19/09) HAS COME OUT OF HOUSE WHEN CEO [NAME] ON BEAT, FOLLOWED HIM ALONG AVE FILMING ON PHONE + SHOUTING THAT PERMITS ARE A SCAM AND HE WILL "EXPOSE" THE COUNCIL. STOOD OVER CEO WHILE ISSUING PCNS TO OTHER VEHICLES. NO PHYSICAL CONTACT. NO INTEREST SHOWN IN CEO AWAY FROM HIS ROUNDS ON THE AVE - ALL ABOUT PERMIT SCHEME. CEO FINDS IT INTIMIDATING.""",
    spans=[
        ("REPETITION", "ON 3 OCCS (04/09, 11/09, 19/09)"),
        ("STALK_FOLLOW", "FOLLOWED HIM ALONG AVE FILMING ON PHONE"),
        ("STALK_WATCH", "STOOD OVER CEO WHILE ISSUING PCNS TO OTHER VEHICLES"),
        ("DISTRESS", "CEO FINDS IT INTIMIDATING"),
    ],
)

case(
    16, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="inconsistent", noise="typos", batch="th",
    pattern="former_pupil_fixated_on_teacher_new_accounts_waits_at_gates_one_threat_signed_off", relationship="acquaintance", occasions=8,
    text="""\
UPDATE 14/10 - IP Ms Hannah Pryce, English teacher Oakfield Academy. susp Tyler BRENNAN (19) left the school 2022, was in her form. Since August has messaged her on Instagram (she blocked, he made 4 new accounts) and emailed her school address 30+ times saying she was 'the only person who ever believed in me' and he wants to 'take her for a drink to say thank you properly'. She replied once in Aug asking him to stop.

update 21/10 - HoY reports BRENNAN seen twice at school gates at 1530, on 17/10 and 20/10, and asked a yr 11 which car was Ms Pryce's. IP informed.

UPDATE 29/10 - IP rang in. he was outside her gym on Cranbrook rd on 27/10 when she came out, said 'if you won't talk to me I'll make you sorry'. nothing since. IP now signed off work by GP (anxeity, 2 wks) and has stopped going to the gym. Says she doesnt really think he'd hurt her, its not knowing where he'll turn up next.

update 30/10 - reviewed by sgt. single threat only so no fear of violence limb. stalking w/ serious alarm or distress (sick note + routine change). arrest plan to follow.""",
    spans=[
        ("STALK_CONTACT", "has messaged her on Instagram"),
        ("UNWANTED", "she blocked, he made 4 new accounts"),
        ("STALK_CONTACT", "emailed her school address 30+ times"),
        ("FIXATION", "the only person who ever believed in me"),
        ("STALK_LOITER", "BRENNAN seen twice at school gates at 1530"),
        ("STALK_MONITOR", "asked a yr 11 which car was Ms Pryce's"),
        ("STALK_TURN_UP", "he was outside her gym on Cranbrook rd"),
        ("THREAT_VIOLENCE", "if you won't talk to me I'll make you sorry"),
        ("SERIOUS_IMPACT", "signed off work by GP (anxeity, 2 wks)"),
        ("SERIOUS_IMPACT", "has stopped going to the gym"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="mixed", noise="typos", batch="th",
    pattern="local_man_threatens_to_burn_newsagent_with_racial_abuse_three_dates", relationship="customer", occasions=3,
    text="""\
Diary kept by Mr Tariq Mahmood, Mahmood News, 22 Ferry Road, handed to PC Lister.

Tues 8 Oct - the big man with the staffie (Dean?) came in for cigarettes, said 'you Pakis are taking over this road'. I refused to serve him. He said 'I'll burn this place with you in it'. My wife heard it.

Sat 12 Oct - same man kicked the shop door on the way past at 11pm and shouted through the letterbox 'paki scum'. We live above the shop.

Wed 16 Oct - he came in again, stood by the till and said 'I meant what I said, you and your brown family are going up in smoke'. I pressed the panic alarm. He left before the police came.

Thurs 17 Oct - I did not sleep. I am frightend he will set fire to the shop at night with us upstairs.""",
    spans=[
        ("RACIAL_HOSTILITY", "you Pakis are taking over this road"),
        ("THREAT_VIOLENCE", "I'll burn this place with you in it"),
        ("STALK_PROPERTY", "kicked the shop door on the way past at 11pm"),
        ("RACIAL_HOSTILITY", "shouted through the letterbox 'paki scum'"),
        ("THREAT_VIOLENCE", "I meant what I said, you and your brown family are going up in smoke"),
        ("DISTRESS", "I did not sleep."),
        ("FEAR_OF_VIOLENCE", "I am frightend he will set fire to the shop at night with us upstairs"),
    ],
)

case(
    18, "stalking", "CS",
    voice="call_log", case="lower", noise="typos", batch="th",
    pattern="ex_partner_queues_at_supermarket_till_and_sends_pleading_messages_no_threats", relationship="ex_partner", occasions=10,
    text="""\
caller works on tills at asda parkway. ex p liam (split end of jan after 3 yrs, no kids, she moved out, nothing owed either way) keeps coming in to the store and queueing at her till only. 6 or 7 times in last 3 wks. doesnt buy much, tells her he loves her and cant live without her, begs her to come home, cries at the till. also msgs every night 'please just talk to me', 'ill change', 'im nothing without u'. she has blocked him on whatsapp and he now texts from his mums phone. no threats, never been violent. she is embarassed in front of colleages and wants it to stop. dash completed, std risk.""",
    spans=[
        ("STALK_TURN_UP", "keeps coming in to the store and queueing at her till only"),
        ("REPETITION", "6 or 7 times in last 3 wks"),
        ("FIXATION", "tells her he loves her and cant live without her"),
        ("STALK_CONTACT", "also msgs every night"),
        ("UNWANTED", "she has blocked him on whatsapp and he now texts from his mums phone"),
        ("DISTRESS", "she is embarassed in front of colleages"),
    ],
)

case(
    19, "harassment", "C",
    voice="call_log", case="mixed", noise="clean", batch="th",
    pattern="reader_leaves_three_abusive_voicemails_within_minutes_for_reporter_kelly", relationship="stranger", occasions=3,
    text="""\
Call 0913. Caller is Priya Nandakumar, reporter at the Westmere Gazette. Yesterday's paper ran her story about a care home closure. Last night between 2301 and 2309 she received three voicemails on her work mobile (the number is printed under her articles) from the same number, a male voice she doesn't know. 1st: calls her a 'lying little tart' and says the story is rubbish. 2nd, four minutes later: 'you've ruined my mum's last years, you hack, you should be sacked'. 3rd: shouting, mostly swearing, says he'll be ringing her editor. No threats in any of them. Nothing before or since. Caller shaken and didn't sleep well but says 'this comes with the job'. Wants it logged and the male spoken to. Number run - registered to a Dale Hewitt, Westmere.""",
    spans=[
        ("REPETITION", "between 2301 and 2309"),
        ("STALK_CONTACT", "she received three voicemails on her work mobile"),
        ("REPETITION", "four minutes later"),
        ("DISTRESS", "Caller shaken and didn't sleep well"),
    ],
)

case(
    20, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="th",
    pattern="youth_worker_reports_enforcement_agent_visits_for_council_tax_arrears", relationship="business", occasions=7,
    text="""\
RESULT - NFA / NO CRIME. IP (council youth worker) reported she is being "harassed" by Clearway Recoveries. Reviewed: IP has council tax arrears of £1,840 for 23/24, passed to enforcement agents after a liability order. Since June she has had 5 letters and 2 visits by an EA to her home, the last on 09/09 when the agent knocked for 10 mins and left a notice of enforcement. Agent wore BWV; footage viewed, polite throughout, no threats, no attempt to force entry. IP finds the visits stressful and embarrassing as the neighbours saw. Contact is for the lawful purpose of recovering a debt and within the regs. No offence disclosed. IP given council debt advice + CAB details. Closed.""",
    spans=[
        ("DISTRESS", "IP finds the visits stressful and embarrassing as the neighbours saw"),
    ],
)

case(
    21, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="typos", batch="th",
    pattern="passenger_seeks_out_black_bus_driver_racist_abuse_two_knife_threats_driver_changes_routes", relationship="customer", occasions=8,
    text="""\
I am a driver for Metrolink Buses at Harlow Lane depot, mostly on the 31 and 31X. I am of Jamaican heritage. I first had trouble with the man I now know as Stuart DALE in late January, when I wouldnt let him on with an open can of lager. Since then he has made it his buisness to find my bus. He gets on at different stops, not always the same route, and I have seen him standing at the depot gates at 0545 when I come in for an early turn. In February he got on and sat directly behind the cab for the whole route to Eastgate and back, about 90 minutes, saying nothing, just staring at the back of my head. Other times he talks non stop through the screen, "monkey", "go back to your banana boat", "n*****s shouldnt be allowed to drive buses".

On 3rd March he said "I'll wait for you one night in that car park and cut you up, see if you bleed the same colour". On 19th March when I pulled in at the terminus he banged on the door and said "car park, remember, I havent forgotten". He also found me on Facebook and sent me a friend request with a picture of a noose as his profile.

I believe he will do it. I am scared of being stabbed walking to my car. I have since swapped onto the 44 and 45, which he doesnt use as far as I know, and that has cost me my regular overtime. My wife now drives me to the depot and picks me up. I have not been for a drink with my mates after work since March. I want him stopped.""",
    spans=[
        ("FIXATION", "he has made it his buisness to find my bus"),
        ("STALK_LOITER", "standing at the depot gates at 0545"),
        ("STALK_TURN_UP", "sat directly behind the cab for the whole route to Eastgate and back"),
        ("STALK_WATCH", "just staring at the back of my head"),
        ("RACIAL_HOSTILITY", "go back to your banana boat"),
        ("RACIAL_HOSTILITY", "n*****s shouldnt be allowed to drive buses"),
        ("THREAT_VIOLENCE", "I'll wait for you one night in that car park and cut you up"),
        ("RACIAL_HOSTILITY", "see if you bleed the same colour"),
        ("THREAT_VIOLENCE", "car park, remember, I havent forgotten"),
        ("STALK_MONITOR", "He also found me on Facebook"),
        ("RACIAL_HOSTILITY", "a friend request with a picture of a noose"),
        ("FEAR_OF_VIOLENCE", "I am scared of being stabbed walking to my car."),
        ("SERIOUS_IMPACT", "I have since swapped onto the 44 and 45"),
        ("SERIOUS_IMPACT", "My wife now drives me to the depot and picks me up."),
        ("SERIOUS_IMPACT", "I have not been for a drink with my mates after work since March."),
    ],
)

case(
    22, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="redacted", batch="th",
    pattern="parent_watches_hijab_wearing_teacher_at_gates_and_runs_hostile_facebook_page", relationship="acquaintance", occasions=30,
    text="""\
MO: SUSP (FATHER OF YR 3 PUPIL) HAS STOOD AT THE SCHOOL GATES EVERY MORNING AND AFTERNOON FOR 3 WKS WATCHING VIC (CLASS TEACHER, WEARS HIJAB) + HAS TWICE FOLLOWED HER ON FOOT TO STAFF CAR PARK. SET UP FB PAGE 'PARENTS AGAINST MISS [NAME]' POSTING PHOTOS OF VIC TAKEN AT GATES W/ CAPTIONS 'SHARIA IN OUR CLASSROOMS' AND 'GET THIS MUZZIE OUT OF OUR SCHOOL'. ASKED IN WRITING BY HEAD ON [DATE] TO KEEP AWAY FROM VIC. CONTINUES. NO THREATS. VIC STILL WORKING.""",
    spans=[
        ("STALK_LOITER", "HAS STOOD AT THE SCHOOL GATES"),
        ("REPETITION", "EVERY MORNING AND AFTERNOON FOR 3 WKS"),
        ("STALK_WATCH", "WATCHING VIC"),
        ("STALK_FOLLOW", "HAS TWICE FOLLOWED HER ON FOOT TO STAFF CAR PARK"),
        ("STALK_PUBLISH", "POSTING PHOTOS OF VIC TAKEN AT GATES"),
        ("RELIGIOUS_HOSTILITY", "'SHARIA IN OUR CLASSROOMS'"),
        ("RELIGIOUS_HOSTILITY", "'GET THIS MUZZIE OUT OF OUR SCHOOL'"),
        ("UNWANTED", "ASKED IN WRITING BY HEAD ON [DATE] TO KEEP AWAY FROM VIC. CONTINUES."),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="clean", batch="th",
    pattern="son_of_service_user_threatens_adult_social_worker_by_phone_and_at_reception", relationship="acquaintance", occasions=2,
    text="""\
Supervisor's review (Sgt 1187). The victim is an adult social worker with the Borough's learning disability team. The suspect is the son of a service user whose care package was reduced after reassessment. He phoned the victim on 6 May and said "if my mum loses her carers I'll come down there and put you through a window". On 13 May he came into the council's reception, asked for her, and when told she was unavailable shouted across the foyer "tell her I'll be waiting for her, she won't see it coming". The victim heard this from the stairwell. She states she is frightened he will assault her on a home visit or as she leaves work. The conduct is about the care decision and there is nothing to suggest any interest in the victim beyond that: no following, no contact outside work. Two threats on different dates, each causing her to fear violence, is a course of conduct under s.4. Classification amended from s.2 harassment to harassment putting people in fear of violence. Suspect to be arrested.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll come down there and put you through a window"),
        ("STALK_TURN_UP", "he came into the council's reception, asked for her"),
        ("THREAT_VIOLENCE", "tell her I'll be waiting for her, she won't see it coming"),
        ("FEAR_OF_VIOLENCE", "She states she is frightened he will assault her on a home visit or as she leaves work."),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="redacted", batch="th",
    pattern="constituent_racist_emails_to_mps_caseworker_threat_to_husband_only", relationship="acquaintance", occasions=29,
    text="""\
Summary: V [NAME 1] (caseworker, office of [MP NAME] MP). S [NAME 2] is a constituent unhappy with how his son's visa appeal was handled. Between 02/06 and 20/06 S sent V 23 emails to her work account and left 6 voicemails on the office line asking for her by name. Content includes "you people look after your own, typical curry-eating cow", "go back to Delhi and fiddle visas there" and "P*** bitch". On 18/06 he said in a voicemail that he had seen V's husband collecting her from work and "tell him I'll break his legs if I see him round here". V says she is worried for [NAME 3] (husband) but not for herself; she calls S "a keyboard warrior" and is not scared of him. She is however distressed by the racist content, which she finds degrading. Recorded as racially aggravated harassment.""",
    spans=[
        ("REPETITION", "Between 02/06 and 20/06"),
        ("STALK_CONTACT", "S sent V 23 emails to her work account"),
        ("STALK_CONTACT", "left 6 voicemails on the office line asking for her by name"),
        ("RACIAL_HOSTILITY", "typical curry-eating cow"),
        ("RACIAL_HOSTILITY", "go back to Delhi and fiddle visas there"),
        ("RACIAL_HOSTILITY", "P*** bitch"),
        ("DISTRESS", "distressed by the racist content, which she finds degrading"),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="heavy", batch="th",
    pattern="man_fixated_on_widowed_councillor_attends_every_event_letters_she_changes_surgeries", relationship="stranger", occasions=15,
    text="""\
CAD 4410 1915HRS. CLLR SUE FAIRWEATHER (HILLTOP WARD) RPTS ONGOING PROB W/ MALE KNWN AS 'ROGER', 60S, NOT A CONSTITUENT AS FAR AS SHE KNWS. SINCE SPRING HE HAS TURNED UP AT EVRY PUBLIC EVENT SHE POSTS ABOUT ON HER CLLR FB PG - FETE, LITTER PICK, 2X SURGERIES, REMEMBRANCE SUN - ALWAYS STANDS CLOSE TO HER, TAKES PICS. SENDS LONG LETTERS TO TOWN HALL C/O HER, 9 SO FAR, SAYING THEY R 'MEANT TO BE TOGETHER' + HE 'KNOWS SHES LONELY SINCE HER HUSBAND DIED' (WAS IN LOCAL PAPER). NO THRTS. SHE HAS STOPPED POSTING EVENTS IN ADVANCE, NO LONGER HOLDS SURGERIES ALONE - MOVED THEM TO LIBRARY POLICE CONTACT POINT W/ SNT PRESENT. LIVES ALONE, HAS HAD LOCKS CHANGED. RQST OFFCR ATTEND TMRW AM. NOT URGENT PER CALLER.""",
    spans=[
        ("STALK_TURN_UP", "HE HAS TURNED UP AT EVRY PUBLIC EVENT SHE POSTS ABOUT ON HER CLLR FB PG"),
        ("STALK_WATCH", "ALWAYS STANDS CLOSE TO HER, TAKES PICS"),
        ("STALK_CONTACT", "SENDS LONG LETTERS TO TOWN HALL C/O HER"),
        ("REPETITION", "9 SO FAR"),
        ("FIXATION", "THEY R 'MEANT TO BE TOGETHER'"),
        ("SERIOUS_IMPACT", "SHE HAS STOPPED POSTING EVENTS IN ADVANCE"),
        ("SERIOUS_IMPACT", "NO LONGER HOLDS SURGERIES ALONE"),
        ("SERIOUS_IMPACT", "HAS HAD LOCKS CHANGED"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="typos", batch="th",
    pattern="banned_viewer_makes_new_accounts_racially_abuses_streamer_sends_gifts_approaches_at_meetup", relationship="online", occasions=20,
    text="""\
I moderate the Twitch channel for Mei Lin Harper ('meimeiplays') and I'm also her flatmate so I see most of what happens. For about 5 months a user who started as 'Kev_the_dragon' has been in every single stream. When Mei stopped answering him in chat he changed. He's been banned 7 times and just makes a new account within the hour, 'Kev_the_dragon2', 'kevinsback' and so on. He was sending her stuff off her Amazon wishlist (we took the list down in March) and since then parcels come to her PO box with notes like 'you belong to me little doll'. In chat he posts 'ching chong' noises and 'eat a bat', and 'go back to wuhan and take your virus with you'. He set up a discord server called 'Mei Watch' where he posts clips of her streams with coments about what she's wearing, and screenshots of the window behind her trying to work out her street. Then at the Leeds gaming meetup on 14 Sept he walked straight up to our table and said 'you know who I am'. Mei went white and we left. She's been really down but she's still streaming, she says she won't let him win.""",
    spans=[
        ("STALK_MONITOR", "has been in every single stream"),
        ("UNWANTED", "He's been banned 7 times and just makes a new account within the hour"),
        ("STALK_GIFTS", "He was sending her stuff off her Amazon wishlist"),
        ("FIXATION", "you belong to me little doll"),
        ("RACIAL_HOSTILITY", "In chat he posts 'ching chong' noises and 'eat a bat'"),
        ("RACIAL_HOSTILITY", "go back to wuhan and take your virus with you"),
        ("STALK_PUBLISH", "He set up a discord server called 'Mei Watch'"),
        ("STALK_MONITOR", "screenshots of the window behind her trying to work out her street"),
        ("STALK_TURN_UP", "he walked straight up to our table and said 'you know who I am'"),
        ("DISTRESS", "She's been really down"),
    ],
)

case(
    27, "harassment", "CD",
    voice="updates", case="mixed", noise="clean", batch="th",
    pattern="refused_refund_customer_returns_to_abuse_deaf_service_desk_worker_she_moves_role", relationship="customer", occasions=4,
    text="""\
Update 1: IP Carly Benson, 27, customer service desk at Morrisons Westgate. She is deaf in one ear and wears a hearing aid. Suspect Paul KERSHAW was refused a refund on a TV without a receipt on 02/11. Since then he has come to the desk on 04/11, 07/11, 08/11 and 13/11 demanding the refund and each time aimed abuse at IP in particular: "deaf cow", "turn your ear thing up you thick ****", and mimicking her speech. The store banned him on the 8th - he came back on the 13th anyway.

Update 2: Spoke to store manager. IP asked to be moved off the customer service desk and now works in the back office on online orders, with less pay as she has lost the desk allowance. Manager confirms.

Update 3: Nothing to suggest interest in IP beyond the refund - he has not approached her away from the desk or contacted her any other way. Disability hostility flagged for the hate crime marker; not racially or religiously aggravated. Harassment s.2.""",
    spans=[
        ("REPETITION", "on 04/11, 07/11, 08/11 and 13/11"),
        ("UNWANTED", "each time aimed abuse at IP in particular"),
        ("UNWANTED", "The store banned him on the 8th - he came back on the 13th anyway."),
        ("SERIOUS_IMPACT", "now works in the back office on online orders, with less pay"),
    ],
)

case(
    28, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="th",
    pattern="teacher_and_ex_partner_two_incidents_seven_months_apart_reconciled_between", relationship="ex_partner", occasions=2,
    text="""\
Sup review - Sgt 3320. Crimed as stalking by initial OIC. IP is a secondary school teacher, SUSP her ex-partner of 4 yrs. Facts: 14/03 after a row SUSP sent her a string of nasty texts and turned up at the school car park at end of day demanding to talk; she told him to leave and he did. They got back together approx 2 wks later and lived together until end of Sept, no issues reported. 22/10, after final split, he came to her flat by arrangement to collect his PlayStation and they argued on the doorstep; he called her a 'stuck-up cow' and left. Nothing since. Two incidents 7 months apart with a reconciliation in between - not a connected course of conduct. Reclassified: no crime (PHA). WOA to SUSP.""",
    spans=[
        ("STALK_CONTACT", "SUSP sent her a string of nasty texts"),
        ("STALK_TURN_UP", "turned up at the school car park at end of day demanding to talk"),
    ],
)

case(
    29, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="upper", noise="abbrev", batch="th",
    pattern="ticketed_motorist_racially_abuses_and_drives_at_nigerian_parking_warden", relationship="stranger", occasions=3,
    text="""\
CRIME SUMMARY: IP = CEO, [NAME] COUNCIL PARKING SVCS, BLACK AFRICAN (NIGERIAN). PATROLS KINGS RD/CASTLE ST. SUSP = DRIVER OF WHITE BMW X5 VRM [XXXX], 3 PCNS IN JULY. 28/07 SUSP PULLED UP NEXT TO IP, WOUND WINDOW DOWN + SAID 'I'LL RUN YOU OVER YOU F***ING AFRICAN APE'. 04/08 SUSP DROVE AT IP ON CASTLE ST, SWERVED AWAY AT LAST SECOND, SHOUTED 'NEXT TIME I WON'T MISS, GO BACK TO THE JUNGLE'. 09/08 SUSP SEEN PARKED UP WATCHING IP, MADE MONKEY GESTURES. IP STATES HE IS NOW IN FEAR EVERY TIME HE HEARS AN ENGINE BEHIND HIM + BELIEVES SUSP WILL HIT HIM. BWV CAPTURED 04/08. RO = KEVIN MARSH, NO TRACE AT HOME ADDR.""",
    spans=[
        ("THREAT_VIOLENCE", "I'LL RUN YOU OVER"),
        ("RACIAL_HOSTILITY", "YOU F***ING AFRICAN APE"),
        ("THREAT_VIOLENCE", "SUSP DROVE AT IP ON CASTLE ST"),
        ("THREAT_VIOLENCE", "NEXT TIME I WON'T MISS"),
        ("RACIAL_HOSTILITY", "GO BACK TO THE JUNGLE"),
        ("STALK_WATCH", "SEEN PARKED UP WATCHING IP"),
        ("RACIAL_HOSTILITY", "MADE MONKEY GESTURES"),
        ("FEAR_OF_VIOLENCE", "IN FEAR EVERY TIME HE HEARS AN ENGINE BEHIND HIM + BELIEVES SUSP WILL HIT HIM"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="lower", noise="heavy", batch="th",
    pattern="customer_fixated_on_romanian_night_cashier_follows_to_bus_stop_she_transfers_store", relationship="customer", occasions=8,
    text="""\
0930 11/01 - 1st acc from ip ioana popescu (29) at home addr. works sainsburys eastfields, nights + lates. susp = male cust, late 40s, 'gary', comes in most nights approx 2200. since nov keeps asking her out, she said no x3, he said 'romanian girls are all for sale anyway, how much'. has followed her to bus stop on hollybank rd 4-5 times after shift, waits w/ her, gets same bus, got off at her stop once (15/12). left card w/ colleague addressed 'my princess' + asked staff what days she works. called her 'thieving romanian pikey' when she told him to leave her alone 02/01. ip v upset. has transfered to meadowvale store (longer journey) + changed to days so shes not at bus stop at night. states not threatened. mgr is wit.""",
    spans=[
        ("UNWANTED", "keeps asking her out, she said no x3"),
        ("RACIAL_HOSTILITY", "romanian girls are all for sale anyway, how much"),
        ("STALK_FOLLOW", "has followed her to bus stop on hollybank rd"),
        ("REPETITION", "4-5 times after shift"),
        ("STALK_FOLLOW", "gets same bus, got off at her stop once"),
        ("STALK_GIFTS", "left card w/ colleague addressed 'my princess'"),
        ("STALK_MONITOR", "asked staff what days she works"),
        ("RACIAL_HOSTILITY", "called her 'thieving romanian pikey'"),
        ("DISTRESS", "ip v upset"),
        ("SERIOUS_IMPACT", "has transfered to meadowvale store (longer journey)"),
        ("SERIOUS_IMPACT", "changed to days so shes not at bus stop at night"),
    ],
)

case(
    31, "stalking", "CS",
    voice="result_note", case="mixed", noise="clean", batch="th",
    pattern="restraining_order_breached_by_turning_up_at_town_hall_to_see_councillor", relationship="acquaintance", occasions=2,
    text="""\
Result: charged x2 breach of restraining order and stalking s.2A. Suspect Malcolm EDDOWES is subject to an RO made at Barkley Magistrates on 10/01 prohibiting him from contacting Cllr Rachel Onslow or attending Barkley Town Hall except by appointment with Democratic Services. On 03/04 he walked into the Town Hall foyer and sat for an hour opposite the members' lift. On 10/04 he was found in the public gallery at the planning committee Cllr Onslow chairs, holding a sign with her name and a heart drawn on it. Cllr Onslow did not speak to him and says she is "more irritated than anything". Remanded to next available court.""",
    spans=[
        ("UNWANTED", "subject to an RO made at Barkley Magistrates on 10/01"),
        ("STALK_TURN_UP", "he walked into the Town Hall foyer"),
        ("STALK_LOITER", "sat for an hour opposite the members' lift"),
        ("STALK_TURN_UP", "he was found in the public gallery at the planning committee Cllr Onslow chairs"),
        ("FIXATION", "holding a sign with her name and a heart drawn on it"),
    ],
)

case(
    32, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="th",
    pattern="father_of_excluded_pupil_threatens_head_of_year_then_nephew_repeats_threat_for_him", relationship="acquaintance", occasions=2,
    text="""\
I am head of year 9 at Kingsmead High. On Tuesday 4 March I excluded a pupil for fighting and that afternoon his father Jason COYLE rang me at school. He said "you've messed with the wrong family, I'll be waiting for you and you'll need your teeth fixed". On Friday 7 March as I was leaving by the staff gate a man I didnt know, about 30, came up to me and said "Jason says hello. He meant what he said about your teeth." One of the lunchtime supervisers told me later this is Jason's nephew Ryan. I have had no other contact from either of them. I am frightened that one of them will actually attack me. I have been using the main entrance and leaving with other staff since.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll be waiting for you and you'll need your teeth fixed"),
        ("THREAT_VIOLENCE", "Jason says hello. He meant what he said about your teeth."),
        ("FEAR_OF_VIOLENCE", "I am frightened that one of them will actually attack me."),
    ],
)

case(
    33, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="th",
    pattern="caller_racially_abuses_council_contact_centre_advisor_over_housing_benefit", relationship="stranger", occasions=5,
    text="""\
1147 - caller is [NAME], customer services advisor at Eastvale Council contact centre. Male (gives name as 'Mr Brown', same no. each time) has phoned the contact centre 5 times since Mon, asks for her specifically. When put through he calls her a 'black bin bag' and tells her 'your lot come over here for free houses'. Yesterday 3 calls. All about his HB claim. No threats. Caller upset. No. supplied for checks.""",
    spans=[
        ("STALK_CONTACT", "has phoned the contact centre"),
        ("REPETITION", "5 times since Mon"),
        ("RACIAL_HOSTILITY", "calls her a 'black bin bag'"),
        ("RACIAL_HOSTILITY", "your lot come over here for free houses"),
        ("REPETITION", "Yesterday 3 calls."),
        ("DISTRESS", "Caller upset."),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSFD",
    voice="vps", case="mixed", noise="clean", batch="th",
    pattern="reader_fixated_on_columnist_hundreds_of_emails_watches_at_court_two_threats", relationship="stranger", occasions=20,
    text="""\
Victim personal statement. I write a weekly opinion column for the Harbury Post and present a short local politics podcast. In the spring I wrote a piece criticising a councillor's expenses. A man called Graham Tait, who I have never met, started emailing me about it, which happens in this job, but he did not stop when the councillor resigned. He has emailed me more than two hundred times since April. He told me he had "studied" me. He listed the name of my children's primary school and my running club, and in one email described the coat I wore to the Crown Court on 2 July, which means he was there. He sent a birthday card to the office on my actual birthday.

In August he wrote: "Journalists like you end up in the river. I would make sure it was quick." In September, after I had blocked his address, a letter came to the office in his handwriting: "Blocking me won't save you. I know your running route along the canal."

I do not run along the canal any more. I am frightened, in a way I have never been in twenty years of doing this work, that this man is going to hurt me. I sleep badly. When I go out I look at every man of his age and build.""",
    spans=[
        ("STALK_CONTACT", "He has emailed me more than two hundred times since April."),
        ("FIXATION", "He told me he had \"studied\" me."),
        ("STALK_MONITOR", "He listed the name of my children's primary school and my running club"),
        ("STALK_WATCH", "described the coat I wore to the Crown Court on 2 July, which means he was there"),
        ("STALK_GIFTS", "He sent a birthday card to the office on my actual birthday."),
        ("THREAT_VIOLENCE", "Journalists like you end up in the river. I would make sure it was quick."),
        ("UNWANTED", "after I had blocked his address"),
        ("THREAT_VIOLENCE", "Blocking me won't save you. I know your running route along the canal."),
        ("SERIOUS_IMPACT", "I do not run along the canal any more."),
        ("FEAR_OF_VIOLENCE", "that this man is going to hurt me"),
        ("DISTRESS", "I sleep badly."),
    ],
)

case(
    35, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="th",
    pattern="regular_passenger_homophobic_abuse_of_gay_bus_driver_most_mornings", relationship="customer", occasions=12,
    text="""\
I have been a driver on the number 9 for three years. I am gay and married to a man. Since about January a man who gets on at Prospect Street most mornings, I only know him as the man with the green rucksack, says something every time. He calls me "batty boy" and "fairy" when he shows his pass, and twice he has told other passengers "dont sit near the front, you'll catch something". This has happend on about twelve mornings. He has never threatened me and he does not follow me or wait for me, he just gets on, says his bit and sits down. I find it humiliating and it puts me on edge for the whole shift. I have not changed anything and dont intend to. I just want it to stop.""",
    spans=[
        ("REPETITION", "most mornings"),
        ("REPETITION", "says something every time"),
        ("UNWANTED", "He calls me \"batty boy\" and \"fairy\" when he shows his pass"),
        ("UNWANTED", "twice he has told other passengers \"dont sit near the front, you'll catch something\""),
        ("REPETITION", "about twelve mornings"),
        ("DISTRESS", "I find it humiliating and it puts me on edge for the whole shift."),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="th",
    pattern="neighbour_runs_blog_about_sikh_councillor_photographs_home_and_gurdwara_vexatious_complaints", relationship="neighbour", occasions=40,
    text="""\
Crime summary - Victim Cllr Gurpreet Sandhu, member for Moorside. Suspect Colin ASHWORTH, 63, lives on the same estate and has a long running grievance about a traffic calming scheme the victim backed in 2023. Over the last four months ASHWORTH has run a blog and a YouTube channel devoted almost entirely to the victim ('Sandhu Watch'), posting 40+ items. Since June the posts have included photographs of the victim's house, his car and his wife leaving for work, taken from the street, and a video filmed outside the gurdwara on Station Rd on a Sunday morning showing the victim arriving, with the narration 'here's where he gets his orders from, the turban brigade'. Other posts say Sikhs 'shouldnt be allowed to stand for office in this country'. ASHWORTH has also sent 14 FOI requests and 6 standards complaints about him, all dismised. Victim 'disgusted but not scared', routine unchanged.""",
    spans=[
        ("STALK_PUBLISH", "has run a blog and a YouTube channel devoted almost entirely to the victim"),
        ("REPETITION", "posting 40+ items"),
        ("STALK_WATCH", "photographs of the victim's house, his car and his wife leaving for work, taken from the street"),
        ("STALK_WATCH", "a video filmed outside the gurdwara on Station Rd"),
        ("RELIGIOUS_HOSTILITY", "here's where he gets his orders from, the turban brigade"),
        ("RELIGIOUS_HOSTILITY", "Sikhs 'shouldnt be allowed to stand for office in this country'"),
        ("STALK_ORDERS", "sent 14 FOI requests and 6 standards complaints about him, all dismised"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="th",
    pattern="cafe_owner_with_pcns_shadows_parking_warden_finds_home_leaves_notes_warden_moves_zone", relationship="stranger", occasions=9,
    text="""\
Update 1 03/02 - IP Darren HOLT, CEO, Southside zone. Susp believed Alan PIKE, owner of café on Mercer St, has had numerous PCNs. Started as arguments on street in Nov (words only). Since Dec IP has seen PIKE on 6 occs standing in doorways along his route, and twice following him between streets on his beat at a distance, not speaking.

Update 2 10/02 - IP found a note under the wiper of his own car, parked outside his home in Dunmore (outside the council area), reading 'Hello Darren. Nice house. Number 14 isn't it.' Nobody at work gives out home addresses. IP believes PIKE followed him home from the depot.

Update 3 12/02 - second note on car 11/02: printed photo of IP's front door. No words. No threats at any point.

Update 4 20/02 - IP moved at his own request to Northfields zone, now parks at a different depot and varies his route home. Partner has had a camera fitted. IP very anxious.

Update 5 - PIKE arrested + interviewed, no comment. Bailed, conditions not to contact IP or enter Dunmore.""",
    spans=[
        ("REPETITION", "on 6 occs"),
        ("STALK_LOITER", "standing in doorways along his route"),
        ("STALK_FOLLOW", "twice following him between streets on his beat at a distance"),
        ("STALK_PROPERTY", "found a note under the wiper of his own car"),
        ("ESCALATION", "parked outside his home in Dunmore (outside the council area)"),
        ("STALK_CONTACT", "'Hello Darren. Nice house. Number 14 isn't it.'"),
        ("STALK_PROPERTY", "second note on car 11/02: printed photo of IP's front door"),
        ("SERIOUS_IMPACT", "IP moved at his own request to Northfields zone"),
        ("SERIOUS_IMPACT", "now parks at a different depot and varies his route home"),
        ("SERIOUS_IMPACT", "Partner has had a camera fitted"),
        ("DISTRESS", "IP very anxious"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="mixed", noise="clean", batch="th",
    pattern="black_reporter_racist_lynching_threat_by_email_then_in_person_outside_office", relationship="stranger", occasions=2,
    text="""\
Call 1633 from Abena Osei, senior reporter, Calder Valley News. After her report on far-right stickers in the town centre she received an email on 12/09 from 'patriot_steve88': "Know your place you black b***h, we'll string you up from the clock tower." Today at 1550 outside the office a white male, 40s, shaved head, walked up to her and said "Got my email, n****r? Clock tower's waiting" and walked off towards the market. She believes it is the same person and is terrified to leave the building. Colleague with her. Unit requested + CCTV at market. Email preserved.""",
    spans=[
        ("RACIAL_HOSTILITY", "Know your place you black b***h"),
        ("THREAT_VIOLENCE", "we'll string you up from the clock tower"),
        ("RACIAL_HOSTILITY", "Got my email, n****r?"),
        ("THREAT_VIOLENCE", "Clock tower's waiting"),
        ("FEAR_OF_VIOLENCE", "is terrified to leave the building"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CFD",
    voice="dash_note", case="inconsistent", noise="heavy", batch="th",
    pattern="sacked_employee_two_threatening_voicemails_to_shop_manager", relationship="colleague", occasions=2,
    text="""\
CO-OP mgr sacked susp 2 wks ago. vmails 18th 'ur dead when i catch u', 20th 'ill do ur missus 2 then u'. ip V scared for self, stayin at mums.""",
    spans=[
        ("THREAT_VIOLENCE", "'ur dead when i catch u'"),
        ("THREAT_VIOLENCE", "'ill do ur missus 2 then u'"),
        ("FEAR_OF_VIOLENCE", "ip V scared for self"),
        ("SERIOUS_IMPACT", "stayin at mums"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="redacted", batch="th",
    pattern="father_on_child_protection_plan_fixates_on_social_worker_appears_where_she_is_racist_posts", relationship="acquaintance", occasions=12,
    text="""\
Supervisor review. I have read the OIC's investigation and the victim's statement. The victim, [NAME 1], is a child protection social worker. The suspect, [NAME 2], is the father of a child on a plan she manages. After the initial conference in [MONTH] he began sending long messages to the victim's work mobile (over 60, all retained), which moved from complaints about the plan to comments about her appearance and questions about whether she is married. He then began to appear wherever she was: outside two core group meetings he had not been invited to, in the car park of [LOCATION] family centre, and once in the same supermarket aisle as her on a Saturday, twenty miles from his address. He has posted on a community page that she is "a Paki grooming gang apologist who steals white kids" and "should be sent back to Pakistan with the rest of them". The victim says she is angry and worried for her professional reputation; she has not reported fear of violence and her routine is unchanged apart from what her manager has put in place at work. I agree with the OIC: fixation is shown by the shift from the plan to the victim herself and by the range of behaviour, and the racial hostility is plain. Racially aggravated stalking is the correct classification; amend the earlier s.2 harassment record.""",
    spans=[
        ("STALK_CONTACT", "began sending long messages to the victim's work mobile"),
        ("REPETITION", "(over 60, all retained)"),
        ("FIXATION", "comments about her appearance and questions about whether she is married"),
        ("STALK_TURN_UP", "outside two core group meetings he had not been invited to"),
        ("STALK_LOITER", "in the car park of [LOCATION] family centre"),
        ("STALK_FOLLOW", "once in the same supermarket aisle as her on a Saturday, twenty miles from his address"),
        ("STALK_PUBLISH", "He has posted on a community page"),
        ("RACIAL_HOSTILITY", "a Paki grooming gang apologist who steals white kids"),
        ("RACIAL_HOSTILITY", "should be sent back to Pakistan with the rest of them"),
        ("DISTRESS", "she is angry and worried for her professional reputation"),
    ],
)

case(
    41, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="typos", batch="th",
    pattern="youth_racially_abuses_takeaway_counter_worker_four_nights_running", relationship="stranger", occasions=4,
    text="""\
2010 golden dragon takeaway, the parade. spoke to ip wei zhang (counter staff). same youth approx 15, grey north face, has come in 4 nights running, shouts 'chinky' and 'ching chong' at ip, pulls his eyes, runs out. ip says hes just a kid, not scared, but its every night and customers laff. area search neg. cctv to reveiw.""",
    spans=[
        ("REPETITION", "4 nights running"),
        ("RACIAL_HOSTILITY", "shouts 'chinky' and 'ching chong' at ip"),
        ("RACIAL_HOSTILITY", "pulls his eyes"),
        ("REPETITION", "its every night"),
    ],
)

case(
    42, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="th",
    pattern="parent_showers_reception_teacher_with_returned_gifts_waits_at_door_and_outside_yoga", relationship="acquaintance", occasions=12,
    text="""\
Referral by email to the SNT from Mrs J. Okonjo, Headteacher, Larchfield Primary:

'I'm writing about one of my Reception teachers, Mrs Deepa Ramesh, and a parent, Mr Stephen Walsh. Last November Mr Walsh brought in a box of sweets for Mrs Ramesh for Diwali, which she celebrates, and she thanked him. Since then the gifts haven't stopped: flowers, jewellery, a book of poems he had written about her, a cashmere scarf. She has returned every one, and I have written to him twice asking that all contact go through the office. He now waits at her classroom door each morning and afternoon, long after his son has gone in, and on two occasions he has been parked outside the church hall where Mrs Ramesh goes to yoga on Wednesday evenings. In one card he wrote that he knows she is "unhappy at home" and that they were "meant to find each other". There have been no threats. Mrs Ramesh is anxious but has asked us not to make a fuss. I think you need to know.'""",
    spans=[
        ("STALK_GIFTS", "the gifts haven't stopped: flowers, jewellery, a book of poems he had written about her, a cashmere scarf"),
        ("UNWANTED", "She has returned every one, and I have written to him twice"),
        ("STALK_LOITER", "He now waits at her classroom door each morning and afternoon"),
        ("REPETITION", "on two occasions"),
        ("STALK_WATCH", "he has been parked outside the church hall where Mrs Ramesh goes to yoga on Wednesday evenings"),
        ("FIXATION", "meant to find each other"),
        ("DISTRESS", "Mrs Ramesh is anxious"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="judgment", case="mixed", noise="clean", batch="th",
    pattern="sentencing_constituent_stalked_mps_caseworker_racist_letters_platform_threats_she_leaves_job", relationship="acquaintance", occasions=95,
    text="""\
Sentencing remarks, HHJ Thornley, Aldbury Crown Court.

Mr Foley, you admitted at the first opportunity a racially aggravated offence of stalking that caused Ms Bhatt to fear you would use violence on her. Ms Sunita Bhatt was a caseworker in the constituency office of your Member of Parliament. You came to that office in 2023 about a dispute with your landlord. She did her job, and did it well. When the matter was resolved, not in the way you wanted, you made her the object of your attention.

Over eleven months you wrote to her more than ninety times, at the office and, once you had found it, at her home address. You stood outside the office at lunchtime on days you knew she was working. You followed her to the railway station on at least three occasions. Your letters called her a 'brown parasite' and told her to 'go back where she came from', a place she has never seen; she was born in Leicester. On 4 March you wrote: 'I will be waiting at the station and I will push you in front of the 5.40.' On 19 March you said to her face on the platform, 'Tomorrow, maybe. Or the day after.'

She believed you. She stopped using the train, she has left a job she valued, and she now works from home for a different employer. She has told the court that she still cannot stand near the edge of a platform.

What makes this worse is the racial hostility in it, how long it went on, and that you picked on a public servant for doing her work. You will go to prison for 30 months. I also make an indefinite restraining order.""",
    spans=[
        ("FIXATION", "you made her the object of your attention"),
        ("REPETITION", "Over eleven months"),
        ("STALK_CONTACT", "you wrote to her more than ninety times"),
        ("STALK_MONITOR", "once you had found it, at her home address"),
        ("STALK_LOITER", "You stood outside the office at lunchtime on days you knew she was working."),
        ("STALK_FOLLOW", "You followed her to the railway station"),
        ("REPETITION", "on at least three occasions"),
        ("RACIAL_HOSTILITY", "called her a 'brown parasite'"),
        ("RACIAL_HOSTILITY", "told her to 'go back where she came from'"),
        ("THREAT_VIOLENCE", "I will be waiting at the station and I will push you in front of the 5.40."),
        ("THREAT_VIOLENCE", "Tomorrow, maybe. Or the day after."),
        ("FEAR_OF_VIOLENCE", "She believed you."),
        ("SERIOUS_IMPACT", "She stopped using the train"),
        ("SERIOUS_IMPACT", "she has left a job she valued, and she now works from home for a different employer"),
        ("DISTRESS", "she still cannot stand near the edge of a platform"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="inconsistent", noise="abbrev", batch="th",
    pattern="tenant_threatens_irish_housing_officer_twice_with_anti_irish_abuse", relationship="landlord", occasions=2,
    text="""\
UPD 1 - IP Siobhan KEANE, housing officer, Greenhill Homes (council landlord). Tenant Wayne ROPER, flat 6 Larch Ct, subject of an ASB case she manages. 21/06 at home visit ROPER said 'get off my doorstep you thick Irish bog-trotter or I'll knock you down the stairs'. IP left.
upd 2 - 28/06 ROPER rang her work mobile: 'you Paddy slag, come round again and see what happens, I'll cave your head in'. IP recorded call.
UPD 3 - IP states she is genuinely afraid he will assault her, visits to Larch Ct suspended pending joint visit w/ police. No other contact. ROPER has prev for ABH.
upd 4 - crimed as racially agg s.4 PHA. Arrest attempted 02/07, NAH.""",
    spans=[
        ("RACIAL_HOSTILITY", "you thick Irish bog-trotter"),
        ("THREAT_VIOLENCE", "I'll knock you down the stairs"),
        ("RACIAL_HOSTILITY", "you Paddy slag"),
        ("THREAT_VIOLENCE", "come round again and see what happens, I'll cave your head in"),
        ("FEAR_OF_VIOLENCE", "she is genuinely afraid he will assault her"),
    ],
)
