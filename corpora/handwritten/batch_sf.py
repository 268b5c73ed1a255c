# ruff: noqa: E501
"""Hand-written narratives, writer sf: third-party hate reporting via faith, community and advocacy bodies."""

from corpora.handwritten import case

case(
    1, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="mosque_office_reports_neighbour_anti_muslim_abuse_three_times", relationship="neighbour", occasions=3,
    text="""\
Report received by email from the office manager at Al-Noor Masjid, Fenwick Road, on behalf of a worshipper (Mr Tariq Haddad, 61) who does not want to ring police himself as his English is limited and he "doesn't want a fuss".

Mr Haddad lives at no. 14 and the male at no. 16 (believed to be called Gary) has on three occasions in the last month shouted at him across the front gardens. On 2nd he called him a "terrorist" and told him to "take your prayer mat back to the desert". On 11th, as Mr Haddad came back from Friday prayers, Gary shouted "here comes Bin Laden" and spat on the path. Last Sunday he stood at the fence calling him a "dirty Muslim" while Mr Haddad was washing the car.

Office manager says Mr Haddad is very upset and embarrassed but is still going about normally. Mosque has CCTV covering the car park only, not the street. Happy to act as contact / interpreter (Urdu and Arabic).""",
    spans=[
        ("STALK_CONTACT", "shouted at him across the front gardens"),
        ("REPETITION", "on three occasions in the last month"),
        ("RELIGIOUS_HOSTILITY", "called him a \"terrorist\" and told him to \"take your prayer mat back to the desert\""),
        ("RELIGIOUS_HOSTILITY", "Gary shouted \"here comes Bin Laden\""),
        ("RELIGIOUS_HOSTILITY", "calling him a \"dirty Muslim\""),
        ("DISTRESS", "Mr Haddad is very upset and embarrassed"),
    ],
)

case(
    2, "no_offence", "R",
    voice="call_log", case="upper", noise="abbrev", batch="sf",
    pattern="synagogue_security_volunteer_reports_single_antisemitic_remark_street", relationship="stranger", occasions=1,
    text="""\
CALLER IS SECURITY VOL AT BETH SHALOM SYNAGOGUE. REPORTING ON BEHALF OF CONGREGANT (IP) WHO DOESNT WANT TO CALL HERSELF. APPROX 1010 THIS AM IP WALKING TO SHUL WEARING STAR OF DAVID NECKLACE, UNK MALE ON BIKE RODE PAST AND SHOUTED "F***ING JEW" AT HER, CARRIED ON TOWARDS HIGH ST. NOT SEEN BEFORE. NO FURTHER CONTACT. IP SHAKEN. DESC WM 20S GREY HOODIE BLACK BIKE. CALLER ASKS FOR PATROLS SAT MORNINGS. LOGGED AS HATE INCIDENT.""",
    spans=[
        ("RACIAL_HOSTILITY", "SHOUTED \"F***ING JEW\" AT HER"),
        ("DISTRESS", "IP SHAKEN"),
    ],
)

case(
    3, "harassment", "C",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sf",
    pattern="lgbt_charity_reports_homophobic_messages_from_online_stranger", relationship="online", occasions=5,
    text="""\
Third party report via Rainbow Line (LGBT advice charity). VIC is a 24yo gay man, works in retail. Since approx 20/03 he has received 5 Instagram DMs from an account "truth_hurts_88", all homophobic in nature ("f****t", "your kind spread disease", "kill yourself"). VIC does not know who runs the account. Blocks it, new msgs come from the same acc after he unblocked to screenshot. No threats to harm him, no mention of where he lives or works. VIC told the charity worker he is "sick of it" and it's getting him down, but he is still working and going out as normal. Charity have asked it be recorded as a hate crime - it has been flagged as a homophobic hate incident. Screenshots attached to CRIS. Enquiries with Meta to follow.""",
    spans=[
        ("STALK_CONTACT", "he has received 5 Instagram DMs from an account \"truth_hurts_88\", all homophobic in nature"),
        ("REPETITION", "Since approx 20/03"),
        ("REPETITION", "new msgs come from the same acc"),
        ("DISTRESS", "it's getting him down"),
    ],
)

case(
    4, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="typos", batch="sf",
    pattern="ex_husband_turns_up_at_gurdwara_and_home_victim_stops_attending", relationship="ex_partner", occasions=4,
    text="""\
I am making this statement with the help of Mrs Kaur who is on the committee at the Gurdwara on Sutton Street, she has come with me to the station.

I was married to [NAME 1] for nine years and we seperated last October. Since Christmas he has been coming to the Gurdwara on the days he knows I do langar seva, which is Wednesday and Sunday. He does not speak to me, he just stands by the shoe racks and watches me the whole time I am in the kitchen. He has done this at least six times. Two weeks ago he was parked at the end of my road when I got home at 9pm and he was still there at 11. Last Thursday I found a card on my windscreen saying "I will always be your husband".

I have stopped doing seva and I have not been to the Gurdwara for three weeks, which is a big thing for me as I have gone every week since I was a girl. My brother now drives me to work. He has never threatened me.""",
    spans=[
        ("STALK_TURN_UP", "he has been coming to the Gurdwara on the days he knows I do langar seva"),
        ("STALK_WATCH", "he just stands by the shoe racks and watches me the whole time I am in the kitchen"),
        ("REPETITION", "He has done this at least six times"),
        ("STALK_LOITER", "he was parked at the end of my road when I got home at 9pm and he was still there at 11"),
        ("STALK_CONTACT", "I found a card on my windscreen"),
        ("FIXATION", "\"I will always be your husband\""),
        ("SERIOUS_IMPACT", "I have stopped doing seva and I have not been to the Gurdwara for three weeks"),
        ("SERIOUS_IMPACT", "My brother now drives me to work"),
    ],
)

case(
    5, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="shop_manager_reports_customer_anti_polish_threats_to_staff_twice", relationship="customer", occasions=2,
    text="""\
Online report submitted by the store manager, Leanne Pryce, Costsave Express, Mill Lane.

One of my staff, Agnieszka (22, Polish), has been targeted by a regular customer, a man in his 50s who buys cigarettes most evenings. On Tuesday 4th he told her to "go back to Poland, you're taking our jobs" and said if she served him again he'd "smash her face in". She reported it to me and I told him not to speak to staff like that. On Saturday 8th he came in while she was on the till alone, called her a "Polish slag" and said "I meant what I said, I'll be waiting for you after your shift".

Agnieszka is terrified. She says she genuinely believes he will hurt her and she was crying in the back office. I have his face on CCTV both days and can provide it. We think he lives on the Brookfield estate.""",
    spans=[
        ("RACIAL_HOSTILITY", "told her to \"go back to Poland, you're taking our jobs\""),
        ("THREAT_VIOLENCE", "said if she served him again he'd \"smash her face in\""),
        ("RACIAL_HOSTILITY", "called her a \"Polish slag\""),
        ("THREAT_VIOLENCE", "\"I meant what I said, I'll be waiting for you after your shift\""),
        ("FEAR_OF_VIOLENCE", "She says she genuinely believes he will hurt her"),
        ("DISTRESS", "she was crying in the back office"),
    ],
)

case(
    6, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="sf",
    pattern="disability_charity_reports_neighbour_threats_to_wheelchair_user", relationship="neighbour", occasions=3,
    text="""\
UPDATE 1 - 14/06 1530 PC 4471 Hurst
Contacted by Access Together (disability advocacy) re their client Mr Dean Oduya, wheelchair user, ground floor flat Kestrel House. Advocate states upstairs neighbour [NAME 2] has been abusive re the ramp and disabled bay.

UPDATE 2 - 15/06 1100
Spoke to IP with advocate present. On 28/05 SUSP called him a "useless cripple" and said he'd "tip him out of that chair and kick his head in". On 09/06 SUSP blocked the ramp with his bike, then when IP asked him to move it said "I told you what I'd do to you, spastic". 13/06 SUSP banged on IP's door 2300hrs shouting about the bay. IP states he is frightened SUSP will actually attack him as he cannot get away. Hate flag - DISABILITY (not race/religion).

UPDATE 3 - 16/06
Housing assoc informed. Plan to arrest SUSP.""",
    spans=[
        ("STALK_CONTACT", "called him a \"useless cripple\""),
        ("THREAT_VIOLENCE", "said he'd \"tip him out of that chair and kick his head in\""),
        ("THREAT_VIOLENCE", "\"I told you what I'd do to you, spastic\""),
        ("STALK_TURN_UP", "SUSP banged on IP's door 2300hrs shouting about the bay"),
        ("FEAR_OF_VIOLENCE", "IP states he is frightened SUSP will actually attack him"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="third_party", case="lower", noise="typos", batch="sf",
    pattern="church_office_reports_stranger_following_black_volunteer_racist_notes", relationship="stranger", occasions=4,
    text="""\
email to neighbourhood team from st barnabas parish office

hello, im writing about one of our volunteers, Grace (she runs the tuesday food bank). theres a man who has been comeing to the food bank for about two months, he never takes any food. he just sits at the back and stares at grace. twice now he has followed her from the church hall to the bus stop on cross st. last week he put a note through the church letterbox addressed to her saying "you are mine whether you like it or not you black b**ch, i'm not finished with you". yesterday another note, "monkeys belong in cages not churches, ill be watching".

grace says she is upset but she wont let him stop her coming, she is still doing tuesday and still gets the bus. we have kept both notes in a plastic wallet. he is white, about 40, always wears a green parka.

thanks, Margaret (parish administrator)""",
    spans=[
        ("STALK_TURN_UP", "theres a man who has been comeing to the food bank for about two months"),
        ("STALK_WATCH", "he just sits at the back and stares at grace"),
        ("STALK_FOLLOW", "twice now he has followed her from the church hall to the bus stop on cross st"),
        ("STALK_CONTACT", "he put a note through the church letterbox addressed to her"),
        ("FIXATION", "\"you are mine whether you like it or not"),
        ("RACIAL_HOSTILITY", "you black b**ch"),
        ("RACIAL_HOSTILITY", "\"monkeys belong in cages not churches"),
        ("DISTRESS", "grace says she is upset"),
    ],
)

case(
    8, "stalking", "CS",
    voice="third_party", case="mixed", noise="heavy", batch="sf",
    pattern="friend_reports_ex_boyfriend_pleading_messages_no_threats", relationship="ex_partner", occasions=30,
    text="""\
Reported by frend of IP (Sana, 27). IP & SUSP were together 2yrs, she ended it 3 wks ago. since then he has sent her 30+ whatsapps n calls, all like "pls babe just talk to me", "i'll change i swear", "ur mum always liked me, ask her", "i'll come to the mosque on friday and we can talk after, i know u go with ur sister". No threats, not rude to her at all. Friend says IP is fed up and feels guilty, she's blocked him on 2 numbers n he uses another. Religion only mentioned re where she goes - no abuse. IP agreed for frend to report, will give statment Weds.""",
    spans=[
        ("STALK_CONTACT", "he has sent her 30+ whatsapps n calls"),
        ("FIXATION", "\"pls babe just talk to me\", \"i'll change i swear\""),
        ("REPETITION", "since then"),
        ("STALK_MONITOR", "i know u go with ur sister"),
        ("UNWANTED", "she's blocked him on 2 numbers n he uses another"),
        ("DISTRESS", "IP is fed up and feels guilty"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="clean", batch="sf",
    pattern="community_centre_reports_man_photographing_somali_woman_posting_online", relationship="stranger", occasions=5,
    text="""\
Reported by manager of Eastfield Community Centre, on behalf of a service user, Hodan (34), who attends ESOL classes there Mon/Wed/Fri.

Over roughly five weeks a white male, late 30s, has been seen sitting in a car opposite the centre at class times. He has photographed Hodan arriving on at least three occasions. On 18/09 he followed her on foot from the centre to her children's school gates. Staff then found a post on a local Facebook group, posted by "Ade Cartwright", showing her photo with the caption "this is what they send us, another Somali sponger in a tent, she lives off Hurst Rd if anyone wants to pay her a visit". The post describes her as "vermin".

Hodan has stopped attending classes since 20/09 and now takes a different, longer route to the school via the main road. Manager says she is frightened to be seen out. Post reported to Facebook and screenshot saved.""",
    spans=[
        ("STALK_LOITER", "has been seen sitting in a car opposite the centre at class times"),
        ("REPETITION", "Over roughly five weeks"),
        ("STALK_WATCH", "He has photographed Hodan arriving on at least three occasions"),
        ("STALK_FOLLOW", "he followed her on foot from the centre to her children's school gates"),
        ("STALK_PUBLISH", "a post on a local Facebook group, posted by \"Ade Cartwright\", showing her photo"),
        ("RACIAL_HOSTILITY", "\"this is what they send us, another Somali sponger in a tent"),
        ("RACIAL_HOSTILITY", "The post describes her as \"vermin\""),
        ("SERIOUS_IMPACT", "Hodan has stopped attending classes since 20/09"),
        ("SERIOUS_IMPACT", "now takes a different, longer route to the school via the main road"),
        ("DISTRESS", "she is frightened to be seen out"),
    ],
)

case(
    10, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sf",
    pattern="advocacy_charity_perceives_racism_in_parking_dispute_no_hostility_shown", relationship="neighbour", occasions=3,
    text="""\
Sgt review 03/11. Reported via Unity Advice Centre as a racially aggravated harassment. Having read the IP's account and the officer's notes I do not agree with the aggravation. IP (Mr Asante) and SUSP (neighbour, Mr Lyle) are in a long-running row over the shared driveway. On 3 occasions in Oct (5th, 12th, 26th) SUSP has come to IP's door shouting, called him a "f***ing idiot" and "selfish pr*ck" for blocking him in. IP feels the abuse is because he is Black and says SUSP is "fine with the white neighbours". I accept that is how he sees it but there are no words or conduct from SUSP showing racial hostility and the complaints are all about the car. Conduct is repeated and oppressive so harassment remains, no aggravation. No threats. OIC to issue PIN and signpost both to mediation.""",
    spans=[
        ("STALK_TURN_UP", "SUSP has come to IP's door shouting"),
        ("REPETITION", "On 3 occasions in Oct (5th, 12th, 26th)"),
        ("STALK_CONTACT", "called him a \"f***ing idiot\" and \"selfish pr*ck\""),
    ],
)

case(
    11, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="sf",
    pattern="synagogue_admin_reports_three_antisemitic_voicemails_within_minutes", relationship="stranger", occasions=3,
    text="""\
CALL FROM ADMINISTRATOR AT NORTHGATE HEBREW CONGREGATION. RABBI'S WIFE (IP) RECEIVED 3 VOICEMAILS ON HER MOBILE BETWEEN 2241 AND 2249 LAST NIGHT FROM WITHHELD NO. VM1: "YOU ZIONIST VERMIN, YOUR KIND KILLED CHRIST". VM2: "I KNOW WHERE YOUR HOUSE IS, I'M GOING TO BURN IT WITH YOU INSIDE". VM3: "GAS THE LOT OF YOU, I'LL DO IT MYSELF, I'LL STAB YOU IN THE STREET". IP VERY FRIGHTENED, SAYS SHE BELIEVES HE WILL COME AND HURT HER, DIDNT SLEEP. VMS SAVED, CALLER WILL FORWARD. CST ALSO INFORMED. PRIORITY ATTENDANCE REQ.""",
    spans=[
        ("STALK_CONTACT", "RECEIVED 3 VOICEMAILS ON HER MOBILE BETWEEN 2241 AND 2249 LAST NIGHT"),
        ("RELIGIOUS_HOSTILITY", "\"YOU ZIONIST VERMIN, YOUR KIND KILLED CHRIST\""),
        ("THREAT_VIOLENCE", "\"I KNOW WHERE YOUR HOUSE IS, I'M GOING TO BURN IT WITH YOU INSIDE\""),
        ("RACIAL_HOSTILITY", "\"GAS THE LOT OF YOU"),
        ("THREAT_VIOLENCE", "I'LL STAB YOU IN THE STREET\""),
        ("FEAR_OF_VIOLENCE", "SAYS SHE BELIEVES HE WILL COME AND HURT HER"),
        ("DISTRESS", "DIDNT SLEEP"),
    ],
)

case(
    12, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="sf",
    pattern="womens_charity_refers_ex_partner_repeated_threats_and_turning_up", relationship="ex_partner", occasions=4,
    text="""\
DASH completed by IDVA (Safe Haven Women's Project) and passed to DA unit. Risk: HIGH (15 ticks).

VIC - Marta, 31. SUSP - ex-partner Kieran, relationship ended Feb. Since end of Feb SUSP has turned up at VIC's flat 4 times, last 2 at night. 01/04 he texted "if I can't have you nobody will, I'll cut you up". 06/04 at her door he said "I'll break your neck, you know I will". VIC says she is "100% sure" he will hurt her and sleeps with a chair against the door. Has checked her location on shared Google acc - VIC didn't know until IDVA showed her. Nothing racial, VIC Portuguese but SUSP never mentioned it. Referred to MARAC.""",
    spans=[
        ("STALK_TURN_UP", "SUSP has turned up at VIC's flat 4 times"),
        ("REPETITION", "Since end of Feb"),
        ("ESCALATION", "last 2 at night"),
        ("FIXATION", "\"if I can't have you nobody will"),
        ("THREAT_VIOLENCE", "I'll cut you up\""),
        ("THREAT_VIOLENCE", "he said \"I'll break your neck, you know I will\""),
        ("FEAR_OF_VIOLENCE", "VIC says she is \"100% sure\" he will hurt her"),
        ("STALK_MONITOR", "Has checked her location on shared Google acc"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="typos", batch="sf",
    pattern="hotel_manager_reports_guest_racist_calls_to_receptionist_one_threat", relationship="customer", occasions=3,
    text="""\
From: Duty Manager, The Grand Royal Hotel
Re: abuse of our receptionist

Our receptionist Mr Sunil Pereira has taken three phone calls from a Mr Hollis, a guest who stayed with us in March and was unhappy about his refund. On 12th April he called him a "p*ki" and said he wanted to speak to "someone English". On 15th April he rang again and said "you lot stink of curry, put me on to a white person". On the 19th, same thing, and at the end he said "I'll come down there and sort you out". Sunil says he wasn't worried by that, he thinks it was just hot air as Mr Hollis lives in Aberdeen, but he is fed up with being spoken to like that. He is still working his normal shifts. We have call recordings for all 3.""",
    spans=[
        ("STALK_CONTACT", "has taken three phone calls from a Mr Hollis"),
        ("RACIAL_HOSTILITY", "he called him a \"p*ki\""),
        ("RACIAL_HOSTILITY", "\"you lot stink of curry, put me on to a white person\""),
        ("THREAT_VIOLENCE", "\"I'll come down there and sort you out\""),
        ("DISTRESS", "he is fed up with being spoken to like that"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CFD",
    voice="third_party", case="lower", noise="heavy", batch="sf",
    pattern="friend_reports_transphobic_threats_from_acquaintance_twice", relationship="acquaintance", occasions=2,
    text="""\
reporting for my mate Jess cos she wont. theres this lad Connor from the gym, hes been saying stuff about her being trans. sat 2nd he saw her in the carpark n said "ur a bloke in a dress, ill knock u out next time i see u". then weds he messaged her on insta "told u, ur getting battered u freak". shes properly scared hes gonna do it, she hasnt been back to the gym but she still goes to work. not racial or nothing its cos shes trans. i can send screenshots""",
    spans=[
        ("THREAT_VIOLENCE", "\"ur a bloke in a dress, ill knock u out next time i see u\""),
        ("STALK_CONTACT", "he messaged her on insta"),
        ("THREAT_VIOLENCE", "\"told u, ur getting battered u freak\""),
        ("FEAR_OF_VIOLENCE", "shes properly scared hes gonna do it"),
        ("SERIOUS_IMPACT", "she hasnt been back to the gym"),
    ],
)

case(
    15, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="sf",
    pattern="community_centre_reports_mutual_row_between_two_families", relationship="acquaintance", occasions=1,
    text="""\
1840 - attd Lanesfield Comm Centre following call from centre coordinator who reported "a hate crime in the car park". On arrival spoke to coordinator, W1 (caretaker), and both families. Verbal row between Mrs Begum and Mrs Walsh re kids' football match, both sides swearing, both filming each other, W1 says "it was six of one and half a dozen of the other". No reference to race or religion by either party per W1 and CCTV (no audio). Coordinator accepts she assumed it was racial because of "the way it looked". One-off, no previous between them. Words of advice both. NFA.""",
    spans=[],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="sf",
    pattern="neighbour_films_muslim_family_makes_council_complaints_leaves_notes", relationship="neighbour", occasions=6,
    text="""\
Referral from the Imam at Madina Mosque, Grove Street, on behalf of the Rahman family (Aisha and Imran, 3 children), 22 Cherry Close.

Since moving in last summer the family say the neighbour at 20 films them every time they leave for the mosque, holding his phone up from the upstairs window. He has made at least five complaints about them to the council (noise, "illegal extension", "running a madrassa from the house") - all investigated, none upheld. He keeps a log of their comings and goings which he showed to another neighbour. Twice notes have been left on their car: "no mosques on our street, go pray in Pakistan" and "Islam = paedophiles".

Aisha says it is wearing and upsetting, but they have not changed anything and the children still play out the front. No threats of violence.""",
    spans=[
        ("STALK_WATCH", "the neighbour at 20 films them every time they leave for the mosque"),
        ("STALK_ORDERS", "He has made at least five complaints about them to the council"),
        ("STALK_MONITOR", "He keeps a log of their comings and goings"),
        ("STALK_PROPERTY", "Twice notes have been left on their car"),
        ("RELIGIOUS_HOSTILITY", "\"no mosques on our street, go pray in Pakistan\""),
        ("RELIGIOUS_HOSTILITY", "\"Islam = paedophiles\""),
        ("DISTRESS", "Aisha says it is wearing and upsetting"),
    ],
)

case(
    17, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="gurdwara_secretary_reports_man_fixated_on_female_reader_gifts", relationship="acquaintance", occasions=5,
    text="""\
Letter handed in at the front counter from the general secretary of Guru Nanak Darbar.

Bibi Harleen (29) reads Gurbani at our morning programme. A man who started coming in January, Mr [NAME], has decided she is meant to be his wife. He has left flowers and a gold bangle for her at the office four times, each with a note. He waits by the main gate every morning she is reading. We spoke to him in March and told him clearly she did not want this; he said "she will understand in time, it is God's plan". He has carried on since. Harleen says she is not frightened of him and does not want him arrested, just for it to stop. She is embarrassed that the sangat are talking. She still reads every morning.""",
    spans=[
        ("STALK_GIFTS", "He has left flowers and a gold bangle for her at the office four times"),
        ("FIXATION", "has decided she is meant to be his wife"),
        ("STALK_LOITER", "He waits by the main gate every morning she is reading"),
        ("FIXATION", "\"she will understand in time, it is God's plan\""),
        ("UNWANTED", "told him clearly she did not want this"),
        ("REPETITION", "He has carried on since"),
        ("DISTRESS", "She is embarrassed that the sangat are talking"),
    ],
)

case(
    18, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="sf",
    pattern="church_office_reports_nigerian_priest_followed_racist_threats", relationship="stranger", occasions=4,
    text="""\
Statement of Father Emeka Obi, assistant priest, St Columba's, taken with the parish secretary present at my request.

About six weeks ago a man I did not know started waiting outside the presbytery in the mornings. On the 3rd of this month he followed me from the presbytery to the newsagent and back, about ten yards behind, saying "n****r priest, go back to the jungle". On the 10th he was at the back of the church during evening Mass. Afterwards he came up to me in the porch and said "I'm going to kill you, monkey, you won't see it coming." On Sunday just gone he was on the pavement again and said "not long now, I'll slit your throat".

I am frightened that he will attack me. I believe he means it. I have a parish to serve and I do not want to hide, but I now look over my shoulder all the time.""",
    spans=[
        ("STALK_LOITER", "started waiting outside the presbytery in the mornings"),
        ("REPETITION", "About six weeks ago"),
        ("STALK_FOLLOW", "he followed me from the presbytery to the newsagent and back"),
        ("RACIAL_HOSTILITY", "\"n****r priest, go back to the jungle\""),
        ("STALK_TURN_UP", "he was at the back of the church during evening Mass"),
        ("THREAT_VIOLENCE", "\"I'm going to kill you, monkey, you won't see it coming.\""),
        ("THREAT_VIOLENCE", "\"not long now, I'll slit your throat\""),
        ("FEAR_OF_VIOLENCE", "I am frightened that he will attack me"),
        ("DISTRESS", "I now look over my shoulder all the time"),
    ],
)

case(
    19, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="sf",
    pattern="grant_applicant_abusive_emails_to_jewish_charity_worker_no_hostility", relationship="business", occasions=7,
    text="""\
Result: Harassment (s.2) - CAUTION administered 22/08. Reported by CEO of Linkbridge Trust on behalf of employee IP (grants officer). SUSP applied for a grant, refused. Over 3 wks sent IP 7 emails calling her "incompetent", "a liar", "a disgrace" and demanding she be sacked, cc'ing her personal email which he found online. Trust reported it as antisemitic because IP is Jewish and wears a kippah in her staff photo; emails reviewed in full - no reference to her religion or ethnicity at all, aggravation not made out. IP said she dreaded opening her inbox. SUSP admitted in interview, apologised.""",
    spans=[
        ("STALK_CONTACT", "sent IP 7 emails calling her \"incompetent\", \"a liar\", \"a disgrace\""),
        ("REPETITION", "Over 3 wks"),
        ("DISTRESS", "IP said she dreaded opening her inbox"),
    ],
)

case(
    20, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="third_party", case="mixed", noise="typos", batch="sf",
    pattern="friend_reports_regular_passenger_racist_threats_to_sikh_taxi_driver", relationship="customer", occasions=2,
    text="""\
I am ringing on behalf of my friend Jaswinder who drives for Zoom Cabs, his English is ok but he asked me to do it. Theres a regular passenger, picks up from the Fox & Hounds every Friday. Two weeks ago in the cab he pulled at Jaswinder's turban from the back seat and said "get that rag off your head you towelhead, I'll stab you". Last Friday he got in again, Jaswinder tried to refuse him but he got in anyway and said "remember me, raghead? Next time I'll bring the knife". Jaswinder is really scared, he thinks this man will actually do it. He has asked the firm not to send him to the Fox & Hounds anymore. Dashcam has both jobs on it.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "he pulled at Jaswinder's turban from the back seat"),
        ("RELIGIOUS_HOSTILITY", "\"get that rag off your head you towelhead"),
        ("THREAT_VIOLENCE", "I'll stab you\""),
        ("RELIGIOUS_HOSTILITY", "\"remember me, raghead?"),
        ("THREAT_VIOLENCE", "Next time I'll bring the knife\""),
        ("FEAR_OF_VIOLENCE", "he thinks this man will actually do it"),
        ("SERIOUS_IMPACT", "He has asked the firm not to send him to the Fox & Hounds anymore"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="sf",
    pattern="community_centre_caretaker_threatened_twice_over_hall_booking", relationship="customer", occasions=2,
    text="""\
CALLER MRS OKAFOR, CHAIR OF BRIARWOOD COMMUNITY ASSOC. REPORTS CARETAKER (IP, MR LEN DOBBS, 67) THREATENED BY MAN WHO HIRES HALL FOR BOXING CLUB. 14/02 ROW RE DEPOSIT, SUSP SAID "I'LL PUT YOU IN HOSPITAL OLD MAN". 21/02 SUSP RETURNED, SAID "YOU'RE DEAD IF MY DEPOSIT ISN'T BACK BY FRIDAY". IP IS WHITE BRITISH, SUSP WHITE BRITISH - CALLER ASKED IF IT COULD BE HATE, ADVISED NOTHING TO SUGGEST. IP TOLD CALLER HE IS AFRAID TO LOCK UP ALONE, THINKS SUSP WILL ATTACK HIM. SUSP DETAILS ON BOOKING FORM.""",
    spans=[
        ("THREAT_VIOLENCE", "SUSP SAID \"I'LL PUT YOU IN HOSPITAL OLD MAN\""),
        ("STALK_TURN_UP", "SUSP RETURNED"),
        ("THREAT_VIOLENCE", "\"YOU'RE DEAD IF MY DEPOSIT ISN'T BACK BY FRIDAY\""),
        ("FEAR_OF_VIOLENCE", "THINKS SUSP WILL ATTACK HIM"),
        ("DISTRESS", "HE IS AFRAID TO LOCK UP ALONE"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="inconsistent", noise="typos", batch="sf",
    pattern="choir_member_fixated_follows_woman_she_changes_church", relationship="acquaintance", occasions=5,
    text="""\
Diary kept at the suggestion of Rev. Alison at St Mark's, who is passing it to police.

Sun 7 Jan - Derek waited for me after choir practice AGAIN, walked me to my car even though I said no thank you.
Tues 9 Jan - derek at the Co-op when I went in after work. He said "funny seeing you here" but he lives the other side of town.
Sun 14 - sat behind me in the choir stalls and Kept touching my hair. I moved.
Wed 17 - a parcel on my doorstep, a CD of love songs and a letter "I know you feel it too".
fri 19 - his car outside my house 10pm.
Sun 21 Jan - I did not go to St Mark's. I have joined St Peter's across the city now so he doesnt know where I am on Sundays. I leave work by the back door. He has never threatened me but i cant stop thinking about him.""",
    spans=[
        ("STALK_LOITER", "Derek waited for me after choir practice AGAIN"),
        ("UNWANTED", "even though I said no thank you"),
        ("STALK_FOLLOW", "derek at the Co-op when I went in after work"),
        ("STALK_GIFTS", "a parcel on my doorstep, a CD of love songs"),
        ("FIXATION", "\"I know you feel it too\""),
        ("STALK_LOITER", "his car outside my house 10pm"),
        ("SERIOUS_IMPACT", "I have joined St Peter's across the city now"),
        ("SERIOUS_IMPACT", "I leave work by the back door"),
        ("DISTRESS", "i cant stop thinking about him"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="abbrev", batch="sf",
    pattern="synagogue_reports_stranger_following_orthodox_man_route_changed", relationship="stranger", occasions=4,
    text="""\
Ref from Kehillat Yisrael security team (Mr D. Rosen) re member of congregation, Mr Chaim Weiss, 70s.

Since approx 1st Oct, same male (IC1, 40s, dog, black puffer) has been waiting on the corner of Alder Rd as Mr W walks to shul on Sat mornings. 3 Saturdays running he has walked behind him the whole way, approx 600m, muttering "filthy Jew", "Christ killer" and on 21/10 said "Hitler should've finished the job". Mr W says he has not been threatened directly. Last Sat he got his son-in-law to walk with him and since then has started going a much longer way round via Park Ave, which is hard for him with his hip. Family say he has stopped going out on his own at all in the evenings. Security team will try to get an image.""",
    spans=[
        ("STALK_LOITER", "has been waiting on the corner of Alder Rd as Mr W walks to shul on Sat mornings"),
        ("REPETITION", "3 Saturdays running"),
        ("STALK_FOLLOW", "he has walked behind him the whole way, approx 600m"),
        ("RELIGIOUS_HOSTILITY", "muttering \"filthy Jew\", \"Christ killer\""),
        ("RACIAL_HOSTILITY", "said \"Hitler should've finished the job\""),
        ("SERIOUS_IMPACT", "has started going a much longer way round via Park Ave"),
        ("SERIOUS_IMPACT", "he has stopped going out on his own at all in the evenings"),
    ],
)

case(
    24, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="sf",
    pattern="friend_reports_ex_boyfriend_pleading_then_racist_messages", relationship="ex_partner", occasions=20,
    text="""\
Reported by W1 (Chloe Marsh), best friend of IP Nadia Iqbal (25), who was with IP when the messages came in and persuaded her to report.

IP and SUSP Jordan Fell were together 18 months and split at the start of May. Since then he has messaged her roughly 20 times, at first begging ("please Nads I'm nothing without you", "just one coffee") and then, when she didn't reply, turning nasty: "you're just a p**i wh*re anyway", "go marry your cousin like the rest of them". He also left a teddy and a card on her mums doorstep on 19/05. No threats. IP upset and a bit embarassed but says she isn't scared of him, she's carried on as normal. Screenshots on W1's phone as IP deleted hers.""",
    spans=[
        ("STALK_CONTACT", "he has messaged her roughly 20 times"),
        ("FIXATION", "\"please Nads I'm nothing without you\""),
        ("RACIAL_HOSTILITY", "\"you're just a p**i wh*re anyway\""),
        ("RACIAL_HOSTILITY", "\"go marry your cousin like the rest of them\""),
        ("STALK_GIFTS", "He also left a teddy and a card on her mums doorstep"),
        ("DISTRESS", "IP upset and a bit embarassed"),
    ],
)

case(
    25, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="refugee_charity_reports_landlord_three_abusive_voicemails_minutes_apart", relationship="landlord", occasions=3,
    text="""\
Referral from New Roots Refugee Support, caseworker Ruth Adeyemi.

Our client Mr Yonas Tesfaye (Eritrean) rents a room from a private landlord. On Monday night between 23:02 and 23:09 the landlord left him three voicemails. In the first he called him "a useless parasite"; in the second "you f***ing leech, get your rubbish out of my hallway"; in the third "I'm sick of you, you're a waste of space". Mr Tesfaye believes the landlord hates him because he is African. We have listened to the voicemails and there is nothing about his race or where he is from - it is all about the hallway and the bins. We would still like it looked at as the messages are abusive and he is anxious about going home. The rent is paid up.""",
    spans=[
        ("STALK_CONTACT", "the landlord left him three voicemails"),
        ("REPETITION", "between 23:02 and 23:09"),
        ("STALK_CONTACT", "he called him \"a useless parasite\""),
        ("STALK_CONTACT", "\"you f***ing leech, get your rubbish out of my hallway\""),
        ("STALK_CONTACT", "\"I'm sick of you, you're a waste of space\""),
        ("DISTRESS", "he is anxious about going home"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="sf",
    pattern="employer_reports_rival_takeaway_owner_anti_turkish_abuse_threat_no_fear", relationship="business", occasions=4,
    text="""\
22/07 1420 - Call from Mrs Demir, owner of Anatolia Grill, re her employee (IP, Mehmet, 38, counter staff). Owner of kebab shop across road has been coming over and abusing IP.
23/07 0930 - PC Vance spoke to IP. Since 1st July SUSP has come into the shop 4 times. Called him a "dirty Turk", "f*** off back to Ankara", "Turks are rats". Twice SUSP said "I'll do you". IP laughed this off - "he is all talk, I am not scared of him, he is 65". IP just wants it to stop as it is bad for trade. CCTV seized (4 clips).
25/07 - SUSP interviewed, denies. File to CPS for advice.""",
    spans=[
        ("STALK_TURN_UP", "Since 1st July SUSP has come into the shop 4 times"),
        ("RACIAL_HOSTILITY", "Called him a \"dirty Turk\", \"f*** off back to Ankara\", \"Turks are rats\""),
        ("THREAT_VIOLENCE", "SUSP said \"I'll do you\""),
        ("REPETITION", "Twice"),
    ],
)

case(
    27, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="sf",
    pattern="ex_partner_breaches_restraining_order_turning_up_at_community_centre", relationship="ex_partner", occasions=2,
    text="""\
1105 Called to Heathside Community Hub by centre manager. IP (Lorraine Pike) volunteers in cafe Tues/Thurs. SUSP (ex-partner Wayne Pike) subject of RO (Feb, no contact, not to attend IP's home or place of work incl. the Hub). Manager states SUSP came into cafe last Thurs, sat at a table for 40 mins looking at IP. Today he came again at 1030, ordered a tea and asked IP "are you still seeing him". Left when manager said she would call police. IP says she's "annoyed more than anything". No threats. PNC confirms RO in force. Circulated as wanted for breach.""",
    spans=[
        ("STALK_TURN_UP", "SUSP came into cafe last Thurs"),
        ("STALK_WATCH", "sat at a table for 40 mins looking at IP"),
        ("STALK_TURN_UP", "Today he came again at 1030"),
        ("STALK_CONTACT", "asked IP \"are you still seeing him\""),
        ("DISTRESS", "IP says she's \"annoyed more than anything\""),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="pharmacy_employer_reports_customer_fixated_on_hijab_wearing_pharmacist", relationship="customer", occasions=6,
    text="""\
Written report from Mr Paul Greaves, superintendent pharmacist, Greaves Pharmacy, Station Parade.

Our pharmacist Ms Amina Khalil has been troubled by a male customer since around the end of August. He collects a repeat prescription but now comes in almost daily, usually asks for her by name and waits until she is free. He has told her "you'd be beautiful without that thing on your head", "take off the rag, you're in England now" and on one occasion "your religion is a cult of murderers". He has twice been seen waiting in the bus shelter opposite at closing time, and once walked behind her to the car park.

Amina has asked to move to our other branch in Hillbury, which she started this week, and her husband now collects her from work. She is very shaken.""",
    spans=[
        ("STALK_TURN_UP", "now comes in almost daily, usually asks for her by name and waits until she is free"),
        ("RELIGIOUS_HOSTILITY", "\"take off the rag, you're in England now\""),
        ("RELIGIOUS_HOSTILITY", "\"your religion is a cult of murderers\""),
        ("STALK_LOITER", "He has twice been seen waiting in the bus shelter opposite at closing time"),
        ("STALK_FOLLOW", "once walked behind her to the car park"),
        ("FIXATION", "\"you'd be beautiful without that thing on your head\""),
        ("SERIOUS_IMPACT", "Amina has asked to move to our other branch in Hillbury"),
        ("SERIOUS_IMPACT", "her husband now collects her from work"),
        ("DISTRESS", "She is very shaken"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="typos", batch="sf",
    pattern="church_office_reports_neighbour_threatening_warden_over_parking", relationship="neighbour", occasions=2,
    text="""\
Phoned in by the Parish office of All Saints, Kingsmead. Our churchwarden Mr Roy Ellison (72) has been threatened by the man who lives next to the church car park, who objects to Sunday parking. On 4th June he came over while Roy was putting the cones out and said "park there again and I'll break your jaw, old man". On the 11th he was waiting by the gate and said "last warning, next week you're going in an ambulance". Roy is frightened he will be hurt and didnt want to do the cones on his own last week. Nothing to do with the church itself, its all about the parking.""",
    spans=[
        ("THREAT_VIOLENCE", "\"park there again and I'll break your jaw, old man\""),
        ("STALK_LOITER", "he was waiting by the gate"),
        ("THREAT_VIOLENCE", "\"last warning, next week you're going in an ambulance\""),
        ("FEAR_OF_VIOLENCE", "Roy is frightened he will be hurt"),
        ("DISTRESS", "didnt want to do the cones on his own last week"),
    ],
)

case(
    30, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sf",
    pattern="advocacy_charity_reports_online_anti_muslim_threats_to_councillor", relationship="online", occasions=6,
    text="""\
Reported via Faith Shield (anti-Muslim hatred monitoring charity) with consent of IP, Cllr Farah Siddiqui. Between 2/3 and 16/3 IP has recvd 6 emails to her council address from "englandfirst1066@..." - contents incl "Muslim scum out of our town hall", "sharia-loving traitor", "I will find you at your surgery and cut your head off like your lot do", and on 16/3 "a bullet is waiting for you". IP states she is in fear that he will carry it out and has cancelled her ward surgery at the library. Council IT preserved headers. Referred to Protect & Prevent for MP/councillor security advice.""",
    spans=[
        ("STALK_CONTACT", "IP has recvd 6 emails to her council address"),
        ("REPETITION", "Between 2/3 and 16/3"),
        ("RELIGIOUS_HOSTILITY", "\"Muslim scum out of our town hall\", \"sharia-loving traitor\""),
        ("THREAT_VIOLENCE", "\"I will find you at your surgery and cut your head off like your lot do\""),
        ("THREAT_VIOLENCE", "\"a bullet is waiting for you\""),
        ("FEAR_OF_VIOLENCE", "IP states she is in fear that he will carry it out"),
        ("SERIOUS_IMPACT", "has cancelled her ward surgery at the library"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSF",
    voice="third_party", case="mixed", noise="redacted", batch="sf",
    pattern="employer_hr_reports_ex_partner_calling_work_and_threatening", relationship="ex_partner", occasions=5,
    text="""\
From: HR Business Partner, [COMPANY], [ADDRESS]

We are reporting on behalf of an employee, [NAME 1], with her agreement. Her former partner [NAME 2] has rung our switchboard at least 5 times in the past fortnight asking what shift she is on and whether she is "with anyone". On [DATE] he sat in the staff car park in a silver Astra from 0700 until she arrived. Reception took a call on [DATE] where he said "tell her I'll kill her if she doesn't pick up". On [DATE] he called again and said "tell [NAME 1] she'll be dead by the weekend". [NAME 1] says she is terrified he will do something to her and has been crying at her desk. We have put a note on switchboard not to give out information.""",
    spans=[
        ("STALK_CONTACT", "has rung our switchboard at least 5 times in the past fortnight"),
        ("STALK_MONITOR", "asking what shift she is on and whether she is \"with anyone\""),
        ("STALK_LOITER", "he sat in the staff car park in a silver Astra from 0700 until she arrived"),
        ("THREAT_VIOLENCE", "\"tell her I'll kill her if she doesn't pick up\""),
        ("THREAT_VIOLENCE", "\"tell [NAME 1] she'll be dead by the weekend\""),
        ("FEAR_OF_VIOLENCE", "she is terrified he will do something to her"),
        ("DISTRESS", "has been crying at her desk"),
    ],
)

case(
    32, "aggravated_harassment", "CR",
    voice="supervisor_review", case="mixed", noise="clean", batch="sf",
    pattern="neighbour_sends_sons_to_shout_racist_abuse_at_door", relationship="neighbour", occasions=3,
    text="""\
Supervisor review. Originally reported by the manager of Oakfield Community Centre on behalf of Mrs Nguyen, who runs the centre's Vietnamese elders' lunch. The OIC had recorded this as ASB because the abuse came from two teenage boys. Enquiries show the boys are the sons of Mrs Nguyen's neighbour, Mr Harker, who is in dispute with her over a fence, and on all three occasions (9, 16 and 23 Jan) Mr Harker was seen on his doorstep telling them "go on, tell her". They knocked on her door and shouted "ching chong go home" and "eat your dog, chink". Mrs Nguyen is upset but has not changed anything. There are no threats. Mr Harker is responsible for the course of conduct through his sons. Re-record as racially aggravated harassment against Mr Harker; consider the boys separately.""",
    spans=[
        ("REPETITION", "on all three occasions (9, 16 and 23 Jan)"),
        ("STALK_CONTACT", "Mr Harker was seen on his doorstep telling them \"go on, tell her\""),
        ("STALK_TURN_UP", "They knocked on her door"),
        ("RACIAL_HOSTILITY", "shouted \"ching chong go home\" and \"eat your dog, chink\""),
        ("DISTRESS", "Mrs Nguyen is upset"),
    ],
)

case(
    33, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="sf",
    pattern="advocacy_charity_reports_debt_collector_visits_perceived_racist", relationship="business", occasions=3,
    text="""\
NFA. Reported by Citizens Aid Network on behalf of IP (Mrs Okoro) as racist harassment by a debt collection agency. IP received 2 letters and 1 doorstep visit in Sept re an unpaid catalogue account (£640). Letters are standard format. Agent's bodycam viewed - polite, left card when IP declined to talk. IP felt she was targeted "because of my name". Nothing said or written showing hostility, contact is for a lawful purpose and within the usual process. Advised IP re debt advice; charity updated.""",
    spans=[],
)

case(
    34, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="synagogue_youth_worker_monitored_and_published_about_online_antisemitic", relationship="online", occasions=6,
    text="""\
Report made through the community security officer at Temple Shir Hadash on behalf of Rebecca Lowe (26), the synagogue's youth worker.

Since early January an account on X called @NoMoreZOG has posted about Rebecca at least a dozen times. The posts include photos taken from her private Instagram (which she has since locked), the name of the gym she uses and a picture of her car outside the synagogue. Captions include "meet the little Zionist rat grooming kids", "the Jews are running our youth clubs now". The same account has sent her direct messages saying "I see everything you post, Rebecca" and "nice spin class on Tuesday". She has blocked it three times and new accounts appear.

Rebecca is anxious and not sleeping well, but she is carrying on with her work and her routine. No threat of violence has been made.""",
    spans=[
        ("STALK_PUBLISH", "has posted about Rebecca at least a dozen times"),
        ("REPETITION", "Since early January"),
        ("STALK_MONITOR", "photos taken from her private Instagram"),
        ("STALK_WATCH", "a picture of her car outside the synagogue"),
        ("RELIGIOUS_HOSTILITY", "\"meet the little Zionist rat grooming kids\""),
        ("RACIAL_HOSTILITY", "\"the Jews are running our youth clubs now\""),
        ("STALK_CONTACT", "The same account has sent her direct messages"),
        ("FIXATION", "\"I see everything you post, Rebecca\""),
        ("STALK_MONITOR", "\"nice spin class on Tuesday\""),
        ("UNWANTED", "She has blocked it three times and new accounts appear"),
        ("DISTRESS", "Rebecca is anxious and not sleeping well"),
    ],
)

case(
    35, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="sf",
    pattern="neighbour_photographs_church_minibus_parking_issue_dispute", relationship="neighbour", occasions=5,
    text="""\
08/05 - Report via Pastor Adebayo, Living Waters Pentecostal Church, Unit 4 Dock Rd. States resident of flats opposite (Mr Fenn) is "persecuting" the congregation and the pastor personally, believes it is because the church is African.
10/05 - Spoke to Pastor A. Mr Fenn photographs the church minibus and the pastor's car from his balcony every Sunday, has done so for 5 wks, and twice came down and told the pastor "you're a f***ing nuisance, move your bloody van" and filmed him on his phone while shouting. Also sent 2 letters to the pastor, not abusive, about blocked dropped kerb.
11/05 - Spoke to Mr Fenn. Says he cannot get his mobility scooter out. Photos show van over dropped kerb. No reference to race/religion in any of the words used. Pastor upset, says "we feel watched". Recorded as harassment (not aggravated). Both advised; council highways informed.""",
    spans=[
        ("STALK_WATCH", "photographs the church minibus and the pastor's car from his balcony every Sunday"),
        ("REPETITION", "has done so for 5 wks"),
        ("STALK_CONTACT", "told the pastor \"you're a f***ing nuisance, move your bloody van\""),
        ("STALK_WATCH", "filmed him on his phone while shouting"),
        ("DISTRESS", "says \"we feel watched\""),
    ],
)

case(
    36, "stalking", "CS",
    voice="third_party", case="mixed", noise="typos", batch="sf",
    pattern="employer_reports_colleague_fixated_gifts_threat_to_brother", relationship="colleague", occasions=6,
    text="""\
Report from the Operations Manager at Lindale Logistics.

One of our warehouse staff, Priya (23), asked me to contact you. A colleague on the night shift, Shaun, has been leaving things in her locker - chocolates, a necklace, a poem - about once a week since February, even after she told him in front of me that she had a boyfriend and wasn't interested. He has started turning up at the end of her shift even when he isnt on. He found out where she lives and drove past her house, she saw his car twice. When her brother came to collect her from work Shaun told him "I'll smash your face in if you get in the way". Priya is not worried for herself, she says he would never hurt her, she is worried for her brother. She is upset but still coming to work. Shaun is suspended pending an investigation.""",
    spans=[
        ("STALK_GIFTS", "has been leaving things in her locker - chocolates, a necklace, a poem"),
        ("REPETITION", "about once a week since February"),
        ("UNWANTED", "even after she told him in front of me that she had a boyfriend and wasn't interested"),
        ("STALK_TURN_UP", "He has started turning up at the end of her shift even when he isnt on"),
        ("STALK_MONITOR", "He found out where she lives"),
        ("STALK_LOITER", "drove past her house, she saw his car twice"),
        ("DISTRESS", "She is upset but still coming to work"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="typos", batch="sf",
    pattern="gurdwara_president_helps_sikh_man_give_statement_neighbour_threats", relationship="neighbour", occasions=5,
    text="""\
Statement taken at Singh Sabha Gurdwara, with the President Mr Bains present to support.

My name is Kuldip Singh Sandhu. I am 58 and I live at 3 Marlow Terrace. The man at number 7 has been watching me since the spring. He sits in his front window and when I go out he comes out too and walks behind me to the shop. He has done this many times, I would say more than ten. He says things like "oi Bin Laden" and "take that towel off, this is a Christian country". In July he said "I'll set fire to your beard with you attached". In August he said it again, and added "you'll be found in the canal". I believe he will do it. I am frightened for myself every time I open my door.""",
    spans=[
        ("STALK_WATCH", "The man at number 7 has been watching me since the spring"),
        ("STALK_FOLLOW", "walks behind me to the shop"),
        ("REPETITION", "more than ten"),
        ("RELIGIOUS_HOSTILITY", "\"oi Bin Laden\""),
        ("RELIGIOUS_HOSTILITY", "\"take that towel off, this is a Christian country\""),
        ("THREAT_VIOLENCE", "\"I'll set fire to your beard with you attached\""),
        ("REPETITION", "In August he said it again"),
        ("THREAT_VIOLENCE", "\"you'll be found in the canal\""),
        ("FEAR_OF_VIOLENCE", "I am frightened for myself every time I open my door"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CF",
    voice="call_log", case="lower", noise="heavy", batch="sf",
    pattern="friend_reports_threat_texts_perceived_racist_none_shown", relationship="acquaintance", occasions=2,
    text="""\
frend of ip calling. ip (black female 30s) got 2 txts from ex-flatmate re deposit, mon "ur gonna get hurt", weds "watch ur back im coming for u". ip v scared he will hurt her. frend thinks its racist, nothing racial in txts. ip to call back 2moro.""",
    spans=[
        ("THREAT_VIOLENCE", "\"ur gonna get hurt\""),
        ("THREAT_VIOLENCE", "\"watch ur back im coming for u\""),
        ("FEAR_OF_VIOLENCE", "ip v scared he will hurt her"),
    ],
)

case(
    39, "aggravated_harassment_fear_of_violence", "CFR",
    voice="third_party", case="mixed", noise="clean", batch="sf",
    pattern="traveller_advocacy_charity_reports_neighbour_threats_and_slurs", relationship="neighbour", occasions=3,
    text="""\
Referral from Open Road Traveller Advocacy to the local neighbourhood policing team.

We support the Ward family, Irish Travellers who moved into a council house on Heron Way in May. Mrs Bridget Ward tells us the man next door has targeted her three times. On 2 June he shouted over the fence "dirty pikey, you'll be robbing us all". On 14 June he said "I'll burn you out, you f***ing knackers, I'll petrol bomb the place". On 30 June he stood at the front gate with a baseball bat and said "you've been warned, gyppo, I'll cave your head in". Bridget is very frightened he will attack her. She says she has been spat at before on sites and "knows when someone means it".""",
    spans=[
        ("STALK_CONTACT", "the man next door has targeted her three times"),
        ("RACIAL_HOSTILITY", "shouted over the fence \"dirty pikey, you'll be robbing us all\""),
        ("RACIAL_HOSTILITY", "\"I'll burn you out, you f***ing knackers"),
        ("THREAT_VIOLENCE", "I'll petrol bomb the place\""),
        ("STALK_TURN_UP", "he stood at the front gate with a baseball bat"),
        ("RACIAL_HOSTILITY", "\"you've been warned, gyppo"),
        ("THREAT_VIOLENCE", "I'll cave your head in\""),
        ("FEAR_OF_VIOLENCE", "Bridget is very frightened he will attack her"),
    ],
)

case(
    40, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="redacted", batch="sf",
    pattern="employer_hr_reports_colleague_anti_hindu_abuse_repeated", relationship="colleague", occasions=4,
    text="""\
HR referral, [COMPANY], following internal grievance.

Complainant: [NAME 1], Hindu, works in accounts. Respondent: [NAME 2], same team. Over about six weeks [NAME 2] has on four occasions made remarks directly to [NAME 1] at her desk: called her "cow worshipper", asked whether she "prays to elephants", and on [DATE] put a plastic cow on her keyboard with a note "for your god". Witnesses confirm two of the incidents. [NAME 1] told HR she is humiliated and dreads the Monday team meeting, but she has not taken time off and did not want to change teams. No threats. [NAME 2] suspended. [NAME 1] has asked us to report it to police as a religious hate crime.""",
    spans=[
        ("STALK_CONTACT", "made remarks directly to [NAME 1] at her desk"),
        ("REPETITION", "Over about six weeks"),
        ("REPETITION", "on four occasions"),
        ("RELIGIOUS_HOSTILITY", "called her \"cow worshipper\", asked whether she \"prays to elephants\""),
        ("RELIGIOUS_HOSTILITY", "put a plastic cow on her keyboard with a note \"for your god\""),
        ("DISTRESS", "she is humiliated and dreads the Monday team meeting"),
    ],
)

case(
    41, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="sf",
    pattern="refuge_supports_vps_ex_partner_turning_up_victim_moved_house", relationship="ex_partner", occasions=6,
    text="""\
Victim Personal Statement, written with my support worker from Harbour Refuge.

When I left Lee in November I thought that would be the end. Instead he was everywhere. He came to my mum's six or seven times. He waited outside my daughter's nursery. He sent me flowers at work with no name on the card but I knew. He never said he would hurt me and I don't think he would, but I could not live like that, always looking out of the window.

In January I gave up my flat and moved into the refuge with my daughter. She had to change nursery. I changed my number and I have left my job at the bakery because he knew where it was. People at the refuge centre asked if it was because I am Black and he is white. It wasn't. It was because he could not let me go.""",
    spans=[
        ("STALK_TURN_UP", "He came to my mum's six or seven times"),
        ("STALK_LOITER", "He waited outside my daughter's nursery"),
        ("STALK_GIFTS", "He sent me flowers at work with no name on the card"),
        ("DISTRESS", "always looking out of the window"),
        ("SERIOUS_IMPACT", "I gave up my flat and moved into the refuge with my daughter"),
        ("SERIOUS_IMPACT", "She had to change nursery"),
        ("SERIOUS_IMPACT", "I changed my number"),
        ("SERIOUS_IMPACT", "I have left my job at the bakery"),
        ("FIXATION", "he could not let me go"),
    ],
)

case(
    42, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="sf",
    pattern="disability_charity_reports_acquaintance_filming_and_posting_about_autistic_man", relationship="acquaintance", occasions=6,
    text="""\
3rd party report - Speak Up Advocacy (learning disability charity), re client IP Tom Baxter, 33, autistic, lives alone in supported flat.

SUSP (Lewis, known to IP from the pub quiz) has for approx 2 months been turning up at IP's flat, filming him through the window, and posting the clips on TikTok with captions like "the village idiot does his dance" and "spot the retard". Has also followed IP to the Tesco on Bridge St and filmed him at the tills. IP has asked him to stop several times. SUSP messages IP most days asking "wot u doing today Tommy". Hostility is disability-based, flagged as disability hate; nothing racial or religious. IP distressed, advocate says he keeps asking whether he is "in trouble", but he is still going out and to work at the garden centre.""",
    spans=[
        ("STALK_TURN_UP", "turning up at IP's flat"),
        ("REPETITION", "for approx 2 months"),
        ("STALK_WATCH", "filming him through the window"),
        ("STALK_PUBLISH", "posting the clips on TikTok with captions like \"the village idiot does his dance\" and \"spot the retard\""),
        ("STALK_FOLLOW", "followed IP to the Tesco on Bridge St and filmed him at the tills"),
        ("UNWANTED", "IP has asked him to stop several times"),
        ("STALK_CONTACT", "SUSP messages IP most days"),
        ("DISTRESS", "IP distressed"),
    ],
)

case(
    43, "no_offence", "",
    voice="result_note", case="upper", noise="abbrev", batch="sf",
    pattern="church_office_reports_partner_two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
NFA. REPORTED BY ST ANNE'S PARISH OFFICE ON BEHALF OF PARISHIONER. IP SAYS PARTNER SHOUTED AT HER DURING ROW ABOUT MONEY IN MARCH, THEY MADE UP AND HE MOVED BACK IN. SECOND ROW IN SEPTEMBER, SENT ONE RUDE TEXT. NO FURTHER CONTACT, NO THREATS, IP HAPPY AND STILL WITH HIM. NOT A COURSE OF CONDUCT. DASH STANDARD, SIGNPOSTED.""",
    spans=[
        ("STALK_CONTACT", "SENT ONE RUDE TEXT"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="sf",
    pattern="sentencing_remarks_racially_aggravated_stalking_of_imams_daughter", relationship="stranger", occasions=8,
    text="""\
Sentencing remarks, HHJ Pemberton. You pleaded guilty to racially or religiously aggravated stalking. Over four months you repeatedly waited outside the mosque where the complainant's father is Imam, followed her home on at least three occasions and sent eight letters to her, which the mosque office handed to the police. The letters professed your devotion to her and, in the same lines, called her people "an invasion" and her faith "a disease". She was distressed but, to her great credit, she carried on her studies and her life. There were no threats of violence.""",
    spans=[
        ("STALK_LOITER", "repeatedly waited outside the mosque where the complainant's father is Imam"),
        ("REPETITION", "Over four months"),
        ("STALK_FOLLOW", "followed her home on at least three occasions"),
        ("STALK_CONTACT", "sent eight letters to her"),
        ("FIXATION", "The letters professed your devotion to her"),
        ("RACIAL_HOSTILITY", "called her people \"an invasion\""),
        ("RELIGIOUS_HOSTILITY", "her faith \"a disease\""),
        ("DISTRESS", "She was distressed"),
    ],
)
