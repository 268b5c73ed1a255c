# ruff: noqa: E501
"""Hand-written narratives, writer n: the victim's own words and retellings."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="third_party", case="mixed", noise="abbrev", batch="n",
    pattern="mother_reports_for_minimising_daughter_ex_sat_outside", relationship="ex_partner", occasions=5,
    text="""\
101 call from RP Mrs Gwen PRITCHARD, mother of IP Carys PRITCHARD (24). RP says Carys won't ring us herself - her words were 'it's probably nothing Mum, he's just sad'. RP states ex-BF Owain LLOYD has been 'sat outside' the flat in his white Corsa on Heol y Parc three nights this week, engine running. Tues he turned up at the Co-op where Carys works and asked the lad on the till what time she finishes. Carys has blocked him on everything but he keeps making new Snapchats, RP has seen them, 'all saying he misses her and they can sort it'. RP says Carys isn't frightened of him, 'she just wants it to stop'. No DA history on file for the pair, relationship ended approx Feb. Advised RP that IP needs to give account herself, RP will pass on. Call back to IP arranged for tomorrow pm, IP works til 4.""",
    spans=[
        ("STALK_LOITER", "'sat outside' the flat in his white Corsa"),
        ("REPETITION", "three nights this week"),
        ("STALK_TURN_UP", "he turned up at the Co-op where Carys works"),
        ("FIXATION", "asked the lad on the till what time she finishes"),
        ("UNWANTED", "Carys has blocked him on everything"),
        ("STALK_CONTACT", "he keeps making new Snapchats"),
        ("FIXATION", "'all saying he misses her and they can sort it'"),
    ],
)

case(
    2, "no_offence", "",
    voice="statement", case="mixed", noise="clean", batch="n",
    pattern="single_road_rage_threat_stranger_not_seen_since", relationship="stranger", occasions=1,
    text="""\
I was driving home from my sister's in Tamworth on the Thursday, about ten past six, it was still light. At the lights by the Ankerside roundabout a man in a grey Transit pulled across me and got out. He was shouting that I'd cut him up at the junction before, which I don't think I had. He banged on my window with his palm and said "I'll put you in the ground, you stupid cow". I honestly thought he was going to smash the glass and hit me. A lady behind me started beeping and he got back in his van and drove off towards the A51. I didn't get the full registration, I think it started with a Y. I have never seen him before that night and I have not seen him since. I am making this statement because my husband said I should.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll put you in the ground, you stupid cow"),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to smash the glass and hit me"),
    ],
)

case(
    3, "harassment_fear_of_violence", "CFD",
    voice="updates", case="mixed", noise="abbrev", batch="n",
    pattern="neighbour_repeated_threats_via_interpreter_parking", relationship="neighbour", occasions=3,
    text="""\
12/03 1510 - Statement obtained from IP Mr Dawit HAILE via Language Line interpreter (Tigrinya, interp ID 40817). IP describes 3 incidents with n/bour at no.14 Ferndale Close, Colin BRADSHAW (approx 60).
(1) around 20/02 BRADSHAW came to IP's door about the bins being on his side, held up his fist and said "next time I knock you out". Interp relays IP 'did not sleep that night, I was waiting for him to come back'.
(2) 02/03 BRADSHAW shouted over the fence he would break IP's legs if IP parked in front of 14 again. IP says he went in and locked the door and was shaking.
(3) 09/03 approx 1930 BRADSHAW stood on IP's drive holding a claw hammer and said 'you're getting this'. IP's wife saw from window.
IP states he believes BRADSHAW will attack him. He now sits in his car at the end of the road until n/bour's lights go off before coming home. Interpreter clarified IP means he is afraid for himself, he does not think BRADSHAW would touch the children.
13/03 0920 - Attended no.14 x2, no reply. Card left.
14/03 - OIC on rest days. Colleague spoke to BRADSHAW's partner at door, she says he 'only had the hammer for the fence panel'. Interview to be arranged. Parking dispute goes back to 2023, no previous police involvement.""",
    spans=[
        ("REPETITION", "IP describes 3 incidents"),
        ("THREAT_VIOLENCE", "held up his fist and said \"next time I knock you out\""),
        ("FEAR_OF_VIOLENCE", "'did not sleep that night, I was waiting for him to come back'"),
        ("THREAT_VIOLENCE", "shouted over the fence he would break IP's legs"),
        ("FEAR_OF_VIOLENCE", "went in and locked the door and was shaking"),
        ("THREAT_VIOLENCE", "holding a claw hammer and said 'you're getting this'"),
        ("FEAR_OF_VIOLENCE", "he believes BRADSHAW will attack him"),
        ("SERIOUS_IMPACT", "He now sits in his car at the end of the road until n/bour's lights go off"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="n",
    pattern="shopkeeper_minimises_repeated_racial_abuse_by_customer", relationship="customer", occasions=4,
    text="""\
IP Mr Harjit SANDHU (58) runs the off licence at 3 Kirkgate Parade, Batley. He reports a regular customer, known to him only as 'Degsy' (W/M 50s, grey beard, hi-vis), has come in on four occasions since 1st of the month and made remarks about IP. On 04/06 Degsy told him to 'go back to Pakistan where you belong' - IP pointed out he was born in Dewsbury. On 11/06 and again on 17/06 he called IP a 'P***' across the counter, the second time in front of IP's grandson (12). On 22/06 he threw his change on the floor and said 'pick it up, that's what your lot are for'. IP was reluctant to report. In his words: "I've had worse than him in the seventies, he's a sad old man really. I only rang because my son went on at me." Son states IP has been quiet and 'not himself' since the grandson incident. CCTV available for 17/06 and 22/06 only, son to download. Suspect possibly lives on Healey Lane - PNC / local intel checks to be done.""",
    spans=[
        ("REPETITION", "on four occasions since 1st of the month"),
        ("RACIAL_HOSTILITY", "told him to 'go back to Pakistan where you belong'"),
        ("REPETITION", "again on 17/06"),
        ("RACIAL_HOSTILITY", "called IP a 'P***' across the counter"),
        ("RACIAL_HOSTILITY", "'pick it up, that's what your lot are for'"),
        ("DISTRESS", "IP has been quiet and 'not himself'"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="n",
    pattern="vps_ex_husband_follows_and_waits_victim_moved_and_changed_job", relationship="ex_partner", occasions=7,
    text="""\
This statement was explained to me by PC 2291 FAIRCLOUGH and I understand it may be used in court.

I want the court to know what the last eight months have been like. After I left Andrew in October I thought it would calm down. It didn't. He started turning up at the surgery where I worked in Ormskirk, sitting in the car park in his work van so I could see him when I came out. He followed me to Tesco twice that I know of. Once he was stood behind me at the checkout and just said "you look tired, Jen". He sent cards to my mum's house for me, and a bunch of lilies, which he knows I hate because they were at my dad's funeral.

I don't think he would hit me, he never did when we were together. But I stopped being able to function normally. I handed my notice in at the surgery in January because I couldn't face the car park anymore and I lost nine years of service. I moved with my son to a rented place in another town and I had to change his school, which he's still angry with me about. I don't go to the gym and I don't go out on my own after dark. My GP has put me on sertraline. I check the road from the upstairs window every morning before I take the bins out. I used to be the sort of person who talked to everyone and now I don't tell anyone where I live.""",
    spans=[
        ("STALK_TURN_UP", "He started turning up at the surgery where I worked in Ormskirk"),
        ("STALK_LOITER", "sitting in the car park in his work van"),
        ("STALK_FOLLOW", "He followed me to Tesco twice"),
        ("STALK_GIFTS", "He sent cards to my mum's house for me, and a bunch of lilies"),
        ("SERIOUS_IMPACT", "I handed my notice in at the surgery in January"),
        ("SERIOUS_IMPACT", "I moved with my son to a rented place in another town"),
        ("SERIOUS_IMPACT", "I don't go out on my own after dark"),
        ("SERIOUS_IMPACT", "My GP has put me on sertraline"),
    ],
)

case(
    6, "harassment", "C",
    voice="call_log", case="upper", noise="abbrev", batch="n",
    pattern="three_abusive_voicemails_in_minutes_inheritance_row", relationship="family", occasions=3,
    text="""\
1842 CLR MR NEIL FAIRHURST STATES BROTHER IN LAW GRAHAM ORRELL HAS LEFT 3 VMS ON HIS MOBILE BETWEEN 1820 AND 1829 RE MOTHERS WILL. 'THIEVING PARASITE', 'YOU ROBBED A DYING WOMAN' ETC. CLR SAYS NOT SCARED, 'HES ALL MOUTH', JUST SICK OF IT. NO THREATS. PROBATE DISPUTE ONGOING VIA SOLICITORS.
1846 THRIVE - LOW. SCHED APPT FOR VM EVIDENCE. CLR ADV TO KEEP VMS.""",
    spans=[
        ("REPETITION", "HAS LEFT 3 VMS ON HIS MOBILE BETWEEN 1820 AND 1829"),
        ("DISTRESS", "JUST SICK OF IT"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="clean", batch="n",
    pattern="son_translates_mother_neighbour_films_family_racial_abuse", relationship="neighbour", occasions=6,
    text="""\
My name is Bilal AWAN, I am 16 and I am giving this statement with my mum Mrs Samina AWAN because her English is not very good and she asked me to say it for her. PC WHITTLE is writing it down.

Mum says since about Easter the man from number 22, we call him Terry, has been watching our house. He stands at his gate with his phone up and films when mum goes out to the car. She has seen him do it at least five or six times. Two weeks ago he was in the alley at the back of our garden at half eleven at night just standing there, my sister saw him from her bedroom. Mum says when she walks to the mosque on a Friday he is sometimes walking behind her "not close, but always there" and he stops when she stops.

When she asked him what he wanted he said "I'm keeping an eye on you lot, you shouldn't be here, go back to Pakistan". Another time he shouted "Paki" at her from his window. Mum wants me to say that she is not scared of him hitting her, she thinks he's a coward, but she doesn't like him knowing all her times. Dad works nights so it's just us.""",
    spans=[
        ("STALK_WATCH", "has been watching our house"),
        ("STALK_WATCH", "films when mum goes out to the car"),
        ("REPETITION", "at least five or six times"),
        ("STALK_LOITER", "in the alley at the back of our garden at half eleven at night just standing there"),
        ("STALK_FOLLOW", "he is sometimes walking behind her"),
        ("FIXATION", "he stops when she stops"),
        ("RACIAL_HOSTILITY", "you shouldn't be here, go back to Pakistan"),
        ("RACIAL_HOSTILITY", "shouted \"Paki\" at her from his window"),
        ("FIXATION", "him knowing all her times"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="n",
    pattern="judgment_retelling_nurse_threatened_at_bus_stop_racial", relationship="acquaintance", occasions=3,
    text="""\
The complainant, Mrs Adaeze OKAFOR, is a staff nurse who lived in the same block as the appellant at Carrow Court. She gave evidence, which the judge accepted, of three incidents between 14 and 29 September 2022. On the first, the appellant approached her in the stairwell and said that "people like you" were "taking the flats off English families" and that she would "get what's coming". She told the court: "I went to work and I couldn't stop thinking he was going to be waiting when I came back. I really thought he would hurt me." On 21 September he followed her onto the landing, used a racial epithet (recorded in the transcript) and told her he would "cut" her. On 29 September he stood close to her at the bus stop, said "I told you, monkey, you're done", and made a slicing gesture. She said that on each occasion she believed he would attack her and that after the last she stayed with a colleague for a week. The appellant's case was that the words were never said, or, in the alternative, that they were said in the heat of an argument about noise. The judge rejected both accounts.""",
    spans=[
        ("REPETITION", "three incidents between 14 and 29 September 2022"),
        ("RACIAL_HOSTILITY", "\"taking the flats off English families\""),
        ("THREAT_VIOLENCE", "she would \"get what's coming\""),
        ("FEAR_OF_VIOLENCE", "I really thought he would hurt me"),
        ("RACIAL_HOSTILITY", "used a racial epithet"),
        ("THREAT_VIOLENCE", "told her he would \"cut\" her"),
        ("RACIAL_HOSTILITY", "monkey"),
        ("THREAT_VIOLENCE", "made a slicing gesture"),
        ("FEAR_OF_VIOLENCE", "on each occasion she believed he would attack her"),
        ("SERIOUS_IMPACT", "she stayed with a colleague for a week"),
    ],
)

case(
    9, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="n",
    pattern="tenant_feels_hounded_by_lawful_landlord_notices", relationship="landlord", occasions=3,
    text="""\
Result: NFA - no offence disclosed. IP Ms Kerry-Ann WALCOTT reported feeling 'hounded' by landlord Mr Dimitri PAPADOPOULOS. Contact = s.21 notice by post 03/01, text 10/01 giving notice of gas safety check, attended 12/01 with engineer. IP upset as she has 2 children and nowhere to go - signposted to Shelter and council housing options. IP accepts this is a tenancy matter. Crime not recorded.""",
    spans=[
        ("DISTRESS", "IP upset as she has 2 children and nowhere to go"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="n",
    pattern="sgt_review_reclassifies_antisemitic_online_stalker_who_turns_up", relationship="online", occasions=8,
    text="""\
Sgt 1147 review. Crime currently classified as malicious comms x1 - I don't agree, please re-read the IP's own account in the MG11. Ms Rivka STERN (31) has described, in her words, 'a man I've never met who knows everything about me'. Susp (believed Dean KETTERIDGE, ID via Instagram handle @dk_truthseeker) has:
- replied to nearly every post she has made since August, incl. pictures of her nephew's bar mitzvah, with comments about 'Zionist parasites' and 'your kind run the banks';
- messaged her from at least 4 accounts after each was blocked;
- posted a photo of her workplace entrance with the caption 'found her';
- on 02/11 was seen by IP and a colleague standing outside her office on Whitworth St for about an hour.
IP says 'I'm not scared he'll hurt me, I'm scared of what he'll do next', has since deleted all her social media, now works from home 4 days out of 5 with her employer's agreement, and no longer attends shul on a Saturday because he commented on where it is. That is a substantial change to her daily life.
Actions: reclassify, ensure hate crime flag, S-DASH to be completed, consider SPO. Enquiry with Instagram re subscriber info. OIC to update IP by Fri.""",
    spans=[
        ("FIXATION", "'a man I've never met who knows everything about me'"),
        ("STALK_MONITOR", "replied to nearly every post she has made since August"),
        ("RELIGIOUS_HOSTILITY", "'Zionist parasites'"),
        ("RELIGIOUS_HOSTILITY", "'your kind run the banks'"),
        ("STALK_CONTACT", "messaged her from at least 4 accounts after each was blocked"),
        ("STALK_PUBLISH", "posted a photo of her workplace entrance with the caption 'found her'"),
        ("STALK_LOITER", "standing outside her office on Whitworth St for about an hour"),
        ("SERIOUS_IMPACT", "has since deleted all her social media"),
        ("SERIOUS_IMPACT", "now works from home 4 days out of 5"),
        ("SERIOUS_IMPACT", "no longer attends shul on a Saturday"),
    ],
)

case(
    11, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="n",
    pattern="colleague_reports_gifts_and_car_park_waiting_victim_says_harmless", relationship="colleague", occasions=6,
    text="""\
Account given by Ms Priya RAMJI, team leader at Fenwick Logistics, Daventry, about her colleague Hannah COOPER (27). Priya says she is calling because Hannah "will just say it's fine, she always does".

Priya states a man from the goods-in team, Stuart MELLOR, has been leaving things on Hannah's desk since the Christmas party: a scented candle, a Kinder egg every Monday, a card that said "I know you feel it too". Hannah told him in the canteen in front of Priya that she had a boyfriend and wasn't interested. Since then he has been waiting by her car in the staff car park at the end of her shift, three or four times that Priya knows of, and has asked other staff which gym she goes to. Priya says Hannah laughs it off and calls him "harmless, a bit lonely". No threats have been made as far as Priya knows. HR are aware and have moved his break times. Hannah has agreed to speak to police but does not want him "getting in trouble".""",
    spans=[
        ("STALK_GIFTS", "has been leaving things on Hannah's desk since the Christmas party"),
        ("REPETITION", "a Kinder egg every Monday"),
        ("FIXATION", "\"I know you feel it too\""),
        ("UNWANTED", "she had a boyfriend and wasn't interested"),
        ("STALK_LOITER", "waiting by her car in the staff car park at the end of her shift"),
        ("REPETITION", "three or four times that Priya knows of"),
        ("FIXATION", "asked other staff which gym she goes to"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="n",
    pattern="daughter_calls_for_mother_brother_threatens_over_money", relationship="family", occasions=3,
    text="""\
2214 CLR IS DAUGHTER OF IP. IP MRS JOAN BEESLEY 71 ADDR 9 ORCHARD RISE. CLR SAYS HER UNCLE (IPS BROTHER) KEITH LANGFORD HAS RANG IP 3RD TIME TODAY DEMANDING THE 4K HE SAYS HE IS OWED, SAID "ILL COME ROUND AND DO YOU IN OLD WOMAN". CLR SAYS MUM IS SAT SHAKING IN THE HALL SAYING HE WILL COME TONIGHT, HE DID THE SAME LAST WEEKEND AND SHE HID IN THE BATHROOM TIL CLR GOT THERE.
2216 SPOKE TO IP ON CLRS PHONE - IP V TEARFUL. "HE WILL, HE'S DONE IT BEFORE TO OUR DAD". IP SAYS KEITH NOT AT ADDR NOW.
2219 THRIVE - VULN ELDERLY, THREATS X2 OCCASIONS, ARSD G2. PNC KEITH LANGFORD - PREV VIOL 2011
2241 UNIT ON SCENE""",
    spans=[
        ("REPETITION", "HAS RANG IP 3RD TIME TODAY"),
        ("THREAT_VIOLENCE", "\"ILL COME ROUND AND DO YOU IN OLD WOMAN\""),
        ("FEAR_OF_VIOLENCE", "SAT SHAKING IN THE HALL SAYING HE WILL COME TONIGHT"),
        ("REPETITION", "HE DID THE SAME LAST WEEKEND"),
        ("FEAR_OF_VIOLENCE", "SHE HID IN THE BATHROOM TIL CLR GOT THERE"),
        ("FEAR_OF_VIOLENCE", "\"HE WILL, HE'S DONE IT BEFORE TO OUR DAD\""),
    ],
)

case(
    13, "harassment", "CD",
    voice="notebook", case="inconsistent", noise="typos", batch="n",
    pattern="pnb_neighbour_notes_and_insults_victim_getting_me_down", relationship="neighbour", occasions=4,
    text="""\
SAT 14 OCT. 1105hrs. 4 Brindle Way, Wigston. Spoke with Mrs Eileen THORNE (80) at her front door re notes. Mrs THORNE shows me 3 handwritten notes pushed thru letterbox over past fortnight, all signed 'No 6'. Notes say "SMELLY OLD BAT", "YOUR HEDGE IS A DISGRACE LIKE YOU" and "NOBODY WANTS YOU HERE". She states nieghbour Mr Lee RAWSON at no.6 also shouted "you daft old cow" at her over the hedge on Weds when she was putting washing out. She says "I've lived here 41 years, I'm not going anywhere, but its getting me down, I dont sleep like I did." Not scared of him. Notes seized - exh KW/1-3. Hedge has been an issue since spring per Mrs T. Adv given. 1130 no reply at no.6.""",
    spans=[
        ("REPETITION", "3 handwritten notes pushed thru letterbox over past fortnight"),
        ("STALK_CONTACT", "\"SMELLY OLD BAT\""),
        ("STALK_CONTACT", "\"NOBODY WANTS YOU HERE\""),
        ("REPETITION", "also shouted"),
        ("DISTRESS", "its getting me down, I dont sleep like I did"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="abbrev", batch="n",
    pattern="g1_ex_outside_again_victim_whispering_threats", relationship="ex_partner", occasions=5,
    text="""\
0207 CLR whispering, female, IP Natalie OKONKWO-REID 33. States ex-p/ner Jordan MASSEY is outside her house again, Flat 2 Lindum Terrace. "He's banging on the back door, he says he's going to kill me if I don't let him in." CLR in bedroom with 2 kids, door locked.
0208 G1 assigned. CLR says "please hurry he's done this Friday as well, I know he'll hurt me this time".
0209 CLR states he has been following her car to work and texting "saw u at Asda" etc. Says 4th time this month he has come to the address. Bail conds (no contact) per CLR - to check.
0212 CLR: he's gone quiet, can't see him. Kept on line.
0216 Units on scene. ASNT rear. Neighbour saw male in dark hoodie leave via alley on pushbike.
0240 PC 4410 with IP. IP states "I was sure he'd get in and that would be it." DASH to follow. Prev logs CAD 112 05/01 and CAD 387 17/01 linked.""",
    spans=[
        ("STALK_TURN_UP", "is outside her house again"),
        ("THREAT_VIOLENCE", "he says he's going to kill me if I don't let him in"),
        ("REPETITION", "he's done this Friday as well"),
        ("FEAR_OF_VIOLENCE", "I know he'll hurt me this time"),
        ("STALK_FOLLOW", "he has been following her car to work"),
        ("STALK_MONITOR", "texting \"saw u at Asda\""),
        ("REPETITION", "4th time this month he has come to the address"),
        ("FEAR_OF_VIOLENCE", "\"I was sure he'd get in and that would be it.\""),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="updates", case="lower", noise="typos", batch="n",
    pattern="gaming_acquaintance_repeated_racist_dms_victim_says_banter", relationship="online", occasions=5,
    text="""\
update 1 - spoke to ip Kwame ASANTE-BOATENG (19) by phone. he knows susp from an online FIFA league, gamertag 'Shaggz_91', never met irl. since losing to ip in the cup final susp has sent him about 5 dms over discord calling him "a n*****r who cheats", "go back to the jungle" and telling him black players should be banned from the league. ip very laid back about it, says "its mostly banter mate, you get it all the time online, i just want him kicked out the league". screenshots emailed in, attached as docs 3-7.
update 2 - league admin Callum JEFFRIES contacted. confirms susp is real name Ryan TASKER, nottingham, has been warned before by league for same thing with another player. susp has now been removed.
update 3 - ip advised re disclosure/ statement. ip not keen on going to court, will think about it. vrr explained. pending.""",
    spans=[
        ("REPETITION", "about 5 dms over discord"),
        ("RACIAL_HOSTILITY", "\"a n*****r who cheats\""),
        ("RACIAL_HOSTILITY", "\"go back to the jungle\""),
        ("RACIAL_HOSTILITY", "black players should be banned from the league"),
    ],
)

case(
    16, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="n",
    pattern="mutual_neighbour_row_both_abusive_each_reports_other", relationship="neighbour", occasions=2,
    text="""\
Both parties call in re same dispute (see CAD 0611 and CAD 0623 of 18/08). IP1 Mr Marek NOWAK says neighbour Mr Gareth PHILLIPS (no.31) called him a 'useless tosser' over the shared drive on Sat and Sun and 'squared up' to him. PHILLIPS says NOWAK started it by blocking the drive with a skip and then called him 'a fat slob' and 'a knob' in front of his kids. Independent W Mrs DAVIES (no.33) says 'they were both as bad as each other, effing and jeffing, it was like watching two kids'. Neither says the other threatened to hurt them. Each wants the other arrested. Skip has now gone. Both adv re civil route for drive / right of way. NOWAK says he's 'fed up to the back teeth' of it. No crime - mutual verbal dispute.""",
    spans=[
        ("DISTRESS", "'fed up to the back teeth'"),
    ],
)

case(
    17, "aggravated_stalking", "CSR",
    voice="victim_diary", case="mixed", noise="typos", batch="n",
    pattern="diary_fake_account_posts_about_hijab_wearing_victim_and_tracks", relationship="online", occasions=6,
    text="""\
Diary kept by Amina YUSUF - given to PC NAYLOR 20/04, typed as written.

2 Mar - account called 'amina_exposed_' appeared on insta. has my picture from my sisters wedding as the profile. posts saying I'm 'a terrorist in a tea towel'. reported to insta, nothing happend.
9 Mar - same account messaged my brother + 3 of my friends with my picture saying I'm 'available'. my friend Laila screenshotted.
15 Mar - new account 'amina_exposed_2'. Posted a pic of me outside uni library, taken that day. I didnt know anyone was taking it.
22 Mar - comment on my real account: 'nice hijab, still know where you park x'
30 Mar - someone left a printed photo of me on my car windscreen at uni car park. 
6 Apr - msg from another new account 'Allah cant hide you'. Blocked.
I think it is Connor from my course (he asked me out last year and I said no) but I cant prove it. I still go to uni, I just make sure Laila walks with me.""",
    spans=[
        ("STALK_PUBLISH", "account called 'amina_exposed_' appeared on insta"),
        ("RELIGIOUS_HOSTILITY", "'a terrorist in a tea towel'"),
        ("STALK_PUBLISH", "messaged my brother + 3 of my friends with my picture saying I'm 'available'"),
        ("STALK_WATCH", "Posted a pic of me outside uni library, taken that day"),
        ("RELIGIOUS_HOSTILITY", "'nice hijab"),
        ("STALK_MONITOR", "still know where you park x'"),
        ("STALK_GIFTS", "left a printed photo of me on my car windscreen"),
        ("RELIGIOUS_HOSTILITY", "'Allah cant hide you'"),
        ("UNWANTED", "Blocked."),
    ],
)

case(
    18, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="n",
    pattern="warehouse_colleague_repeated_threats_victim_afraid_each_time", relationship="colleague", occasions=3,
    text="""\
I work as a picker at the Bradfield Foods depot on the nights rota. Since I reported Dale HOLLINGWORTH to the manager for leaving his forklift running in the aisle, he has had it in for me.

The first time was on Monday 6th May, at the start of shift. He came up behind me in the locker room and said quietly, "You grassed, so you're going to get hurt, just wait." I didn't say anything. I was frightened because he's a big lad and nobody else was in there. I stayed near the supervisor's office for the rest of the night.

On the Thursday of the same week, he drove the forklift at me in aisle 14 and stopped about a foot away, laughing, and said, "Next time I won't brake."

Then on Saturday 11th in the car park he pointed at me and did a throat-cutting gesture. I got back in my car and locked it and waited for him to drive off. I genuinely believe he is going to hurt me if he gets me on my own. I have not been back to work since; I am on annual leave while HR sort it out.""",
    spans=[
        ("THREAT_VIOLENCE", "\"You grassed, so you're going to get hurt, just wait.\""),
        ("FEAR_OF_VIOLENCE", "I was frightened because he's a big lad and nobody else was in there"),
        ("THREAT_VIOLENCE", "drove the forklift at me in aisle 14 and stopped about a foot away"),
        ("THREAT_VIOLENCE", "\"Next time I won't brake.\""),
        ("THREAT_VIOLENCE", "did a throat-cutting gesture"),
        ("FEAR_OF_VIOLENCE", "I got back in my car and locked it"),
        ("FEAR_OF_VIOLENCE", "I genuinely believe he is going to hurt me if he gets me on my own"),
        ("SERIOUS_IMPACT", "I have not been back to work since"),
    ],
)

case(
    19, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="n",
    pattern="mo_unknown_male_messages_after_blocks_knows_routine", relationship="stranger", occasions=5,
    text="""\
UNKNOWN MALE CONTACTING IP VIA MULTIPLE NUMBERS AFTER BLOCKS. REFERS TO IP'S RUNNING ROUTE & TIMES ('U WERE LATE ROUND THE PARK 2DAY'). IP 'JUST A WEIRDO' - NOT FEARFUL.""",
    spans=[
        ("STALK_CONTACT", "CONTACTING IP VIA MULTIPLE NUMBERS AFTER BLOCKS"),
        ("FIXATION", "REFERS TO IP'S RUNNING ROUTE & TIMES"),
        ("STALK_WATCH", "'U WERE LATE ROUND THE PARK 2DAY'"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="third_party", case="mixed", noise="abbrev", batch="n",
    pattern="neighbour_witness_describes_man_watching_polish_family_threats", relationship="neighbour", occasions=5,
    text="""\
W1 Mrs Pauline GREAVES (67), lives opposite at 15 Cherry Tree Rd. States she has watched 'that Kev' from no.9 stand at the end of IP's drive (IP Mrs Agnieszka WOJCIK, no.12) most evenings for the past month, 'just staring at the house, sometimes he's got a can'. Last Tues she heard him shout 'Polish scum, go home or I'll burn you out' at IP as IP got the kids out of the car. W1 states IP came over to her afterwards in tears and said 'Pauline, he is going to hurt me, I know it'. W1 says IP told her Kev also followed her down to the school on foot 'every morning this week'. Fri W1 saw him take photos of IP's windows on his phone. W1 says IP 'jumps every time a car door goes' and sleeps on the settee by the front door with the lights on. IP herself (via daughter Zofia, 15) confirms she is afraid he will attack her and the children are not playing out.""",
    spans=[
        ("STALK_LOITER", "stand at the end of IP's drive"),
        ("REPETITION", "most evenings for the past month"),
        ("STALK_WATCH", "'just staring at the house"),
        ("RACIAL_HOSTILITY", "'Polish scum, go home"),
        ("THREAT_VIOLENCE", "or I'll burn you out'"),
        ("FEAR_OF_VIOLENCE", "'Pauline, he is going to hurt me, I know it'"),
        ("STALK_FOLLOW", "followed her down to the school on foot"),
        ("REPETITION", "'every morning this week'"),
        ("STALK_WATCH", "take photos of IP's windows on his phone"),
        ("FEAR_OF_VIOLENCE", "she is afraid he will attack her"),
    ],
)

case(
    21, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="n",
    pattern="pnb_taxi_driver_repeat_threats_at_rank_racial", relationship="stranger", occasions=3,
    text="""\
FRI 07/02 0135 Taxi rank, Market Sq, Rotherham. Approached by Mr Tariq MAHMOOD (46), driver for Aston Cars, reg in notebook. He states the same male has come to the rank three Fridays running, W/M approx 30, red Stone Island jacket, shaved head. Tonight male leaned in his window and said "I'm gonna stab you, you groomer P*** bastard, you'll not see Christmas". Mr MAHMOOD states "Officer I have been doing this 19 year, I don't scare easy but this one I believe. Last week he said the same and I went home and didn't work Saturday, I was too frightened he would be waiting." Male walked off twds Howard St approx 0125. AREA SEARCHED NO TRACE. Mr M says rank CCTV covers the first cab only. Other drivers (Imran, Sajid) heard last week's. Adv to call 999 immediately if returns. Log 0141.""",
    spans=[
        ("REPETITION", "three Fridays running"),
        ("THREAT_VIOLENCE", "\"I'm gonna stab you"),
        ("RACIAL_HOSTILITY", "you groomer P*** bastard"),
        ("THREAT_VIOLENCE", "you'll not see Christmas\""),
        ("FEAR_OF_VIOLENCE", "this one I believe"),
        ("REPETITION", "Last week he said the same"),
        ("FEAR_OF_VIOLENCE", "I was too frightened he would be waiting"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="n",
    pattern="diary_gym_man_follows_victim_changes_gym_and_route", relationship="stranger", occasions=6,
    text="""\
my log (Ellie) - started after PC said write it all down

mon 3rd - the man from the gym (think his name is Ricky, always on the rowing machines) was waiting by my car after spin again. said "you left early tues, everything ok?". i never told him anything about tues.
weds 5th - saw his black golf behind me on the ring road all the way to the turn off for my road. he drove past slowly when i pulled in.
thurs 6th - cancelled my gym membership. have joined the one in Barnsley which is 25 min further.
sat 8th - he was at the big Sainsburys, same aisles as me. i left my trolley and went.
sun 9th - mum stayed. i cant sleep properly, keep looking out the window.
tues 11th - going to work the long way round via the A61 now so he cant pick me up on the ring road. told my manager, they've moved me off the late shift.
he has never threatend me. i just dont know what he wants and its taken over everything.""",
    spans=[
        ("STALK_LOITER", "was waiting by my car after spin again"),
        ("STALK_MONITOR", "said \"you left early tues, everything ok?\""),
        ("STALK_FOLLOW", "saw his black golf behind me on the ring road all the way to the turn off for my road"),
        ("SERIOUS_IMPACT", "cancelled my gym membership"),
        ("STALK_FOLLOW", "he was at the big Sainsburys, same aisles as me"),
        ("DISTRESS", "i cant sleep properly, keep looking out the window"),
        ("SERIOUS_IMPACT", "going to work the long way round via the A61 now"),
        ("SERIOUS_IMPACT", "they've moved me off the late shift"),
    ],
)

case(
    23, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="n",
    pattern="disgruntled_client_abusive_emails_to_builder_issue_based", relationship="business", occasions=9,
    text="""\
The IP, Mr Rhys VAUGHAN, is a sole-trader plasterer based in Pontypridd. In March he completed a job for the suspect, Mrs Lorraine HADLEY, and there is a dispute about the quality of the ceiling and the final invoice (£1,850). Since 19 March Mrs HADLEY has sent nine emails to his business address and left two voicemails. The IP read some of them to me over the phone. They include "you are a conman and a disgrace to your trade", "I hope your kids are ashamed of you" and "I will make sure every person in this valley knows you're a crook". He says she has also left one-star reviews, which he accepts she is entitled to. He is not worried for his safety - "she's five foot nothing and seventy" - but he is fed up and his wife is upset by them. He has not replied since 25 March on the advice of his solicitor. The IP would like words of advice given rather than a prosecution. Small claims court proceedings are under way.""",
    spans=[
        ("REPETITION", "has sent nine emails to his business address and left two voicemails"),
        ("STALK_CONTACT", "\"you are a conman and a disgrace to your trade\""),
        ("STALK_CONTACT", "\"I hope your kids are ashamed of you\""),
        ("DISTRESS", "he is fed up"),
    ],
)

case(
    24, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="n",
    pattern="two_incidents_months_apart_couple_reconciled_between", relationship="partner", occasions=2,
    text="""\
DS review: recorded as harassment on the strength of two incidents - 14/01 verbal argument at home where IP says DUFFY 'called me everything and put his fist through the door', and 30/06 argument outside the Red Lion. IP Ms Stacey KERSHAW on BWV 30/06: 'we got back together in Feb, tonight we both said stuff'. Months apart, reconciled in between. Not a course of conduct - cancel crime, retain DA incident.""",
    spans=[],
)

case(
    25, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="n",
    pattern="interpreter_statement_landlord_nationality_insults_on_rent_visits", relationship="landlord", occasions=3,
    text="""\
This statement is given through an interpreter, Mrs Ioana CRISTEA, in the Romanian language. I understand it.

I rent the upstairs flat at 41a Lowther Street from Mr Brian EDGE. I pay the rent in cash on the first of the month because that is what he asked. In February when he came for the rent he counted it twice and said "you Romanians are all thieves, I'm watching you". In March he said the same and also told me "go back to Romania and take your gypsy kids with you". I am not Roma but he calls us this. On 1st April my husband was there and Mr Edge said to him "your lot should be sent home on a boat". He has never hurt us or said he would. I am embarrassed that my children heard these things. I do not want to move because the school is good. I want him to stop speaking to us like this.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you Romanians are all thieves, I'm watching you\""),
        ("REPETITION", "In March he said the same"),
        ("RACIAL_HOSTILITY", "\"go back to Romania and take your gypsy kids with you\""),
        ("RACIAL_HOSTILITY", "\"your lot should be sent home on a boat\""),
        ("DISTRESS", "I am embarrassed that my children heard these things"),
    ],
)

case(
    26, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="n",
    pattern="estranged_father_turns_up_at_school_and_leaves_letters", relationship="family", occasions=5,
    text="""\
05/09 - Rec'd call from school DSL Mrs Heather OYELARAN re Year 9 pupil Maisie CRANE (14). Estranged father Darren CRANE has no contact order in place (family court, Mar). He was seen at the school gates at home time on Mon and again today, 'looking at the kids coming out'.
06/09 - Spoke to mum (IP Ms Leanne CRANE) - she says Darren has also been leaving letters in the porch addressed to Maisie, 4 so far, and a birthday present (headphones). Letters say 'your mum is poisoning you against me' and 'I will always find you'. Mum: 'he's not a bad man, he just can't let go of her'. Maisie 'a bit freaked out' per mum but carrying on as normal.
09/09 - Darren seen in his car parked on their road 2140-2230 by neighbour. Photo of VRM supplied.
10/09 - Intel submitted. Referral to MASH. Plan to speak to Darren under caution.""",
    spans=[
        ("STALK_TURN_UP", "He was seen at the school gates at home time"),
        ("REPETITION", "on Mon and again today"),
        ("STALK_GIFTS", "leaving letters in the porch addressed to Maisie"),
        ("REPETITION", "4 so far"),
        ("STALK_GIFTS", "a birthday present (headphones)"),
        ("FIXATION", "'I will always find you'"),
        ("FIXATION", "he just can't let go of her"),
        ("STALK_LOITER", "seen in his car parked on their road 2140-2230"),
    ],
)

case(
    27, "harassment_fear_of_violence", "CFD",
    voice="judgment", case="mixed", noise="clean", batch="n",
    pattern="appeal_retelling_drug_debt_threats_victim_feared_twice", relationship="acquaintance", occasions=2,
    text="""\
The complainant, a young man of 19 referred to as AB, owed the appellant a sum said to be £300. On 2 May the appellant came to AB's mother's house, told him through the letterbox that if he did not pay by Friday he would "get his knees done", and left. AB's evidence was that he was "terrified, properly terrified" and did not leave the house that weekend. On 9 May the appellant stopped his car next to AB in Regent Street, showed him what AB described as a machete under the passenger seat and said "last warning". AB told the officer who took his first account that he "knew he was going to do it". The defence pointed to AB's failure to report the first occasion until after the second. We do not consider that undermines the jury's finding that on each occasion AB feared violence would be used against him.""",
    spans=[
        ("THREAT_VIOLENCE", "he would \"get his knees done\""),
        ("FEAR_OF_VIOLENCE", "\"terrified, properly terrified\""),
        ("SERIOUS_IMPACT", "did not leave the house that weekend"),
        ("THREAT_VIOLENCE", "showed him what AB described as a machete under the passenger seat and said \"last warning\""),
        ("FEAR_OF_VIOLENCE", "\"knew he was going to do it\""),
    ],
)

case(
    28, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="n",
    pattern="colleague_monitors_muslim_coworker_and_follows_with_religious_abuse", relationship="colleague", occasions=6,
    text="""\
IP Mr Yusuf DARR (34), accounts clerk at Harlow Council depot. Reports colleague Martin SHAW has since Ramadan been 'obsessed with me'. IP states SHAW times how long he is away from his desk at prayer times and keeps a list, which IP has seen on SHAW's screen. SHAW has on 3 occasions followed IP to the prayer room and stood outside the door. He has said to IP 'praying for a bomb to go off are we' and called him 'Osama' in front of the team. IP also says SHAW has looked him up on Facebook and commented on photos of IP's wedding. IP's words: 'I don't think he'd touch me, he's just not right. I've told him to leave me alone and he just smiles.' HR grievance open. IP content for police to speak to SHAW.""",
    spans=[
        ("FIXATION", "'obsessed with me'"),
        ("STALK_MONITOR", "times how long he is away from his desk at prayer times and keeps a list"),
        ("REPETITION", "on 3 occasions"),
        ("STALK_FOLLOW", "followed IP to the prayer room and stood outside the door"),
        ("RELIGIOUS_HOSTILITY", "'praying for a bomb to go off are we'"),
        ("RELIGIOUS_HOSTILITY", "called him 'Osama'"),
        ("STALK_MONITOR", "looked him up on Facebook and commented on photos of IP's wedding"),
        ("UNWANTED", "I've told him to leave me alone"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="n",
    pattern="dash_comments_ex_tracker_and_visits_victim_quotes", relationship="ex_partner", occasions=8,
    text="""\
DASH completed with IP Ms Louise HAMMOND at Bootle PS. Score 15 - HIGH. MARAC referral sent.
Q1 frightened? YES - 'I think he's going to kill me one day, I really do.'
Q8 / S-DASH: ex-husband Craig HAMMOND (sep Aug) texts 30-40 times a day, visits house more than 3x a week, waits at the end of the road in the mornings. IP found an AirTag taped inside her rear bumper on 11/10 - 'that's how he always knew where I was, I thought I was going mad'. Threatened on 14/10 by text 'if I can't have you no one will' and on 19/10 at the door 'you'll end up in a box'. IP says after the door one she 'just froze and couldn't breathe'.
Q on impact: IP now stays at her sister's in Crosby most nights, has had new locks and a doorbell camera fitted, son has been moved to breakfast club so she doesn't do the school run at the usual time.
IP says 'he's a good dad, I don't want him locked up, I just want him to stop'.
Supervisor informed. Safeguarding/ TEC phone to be arranged.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "'I think he's going to kill me one day, I really do.'"),
        ("STALK_CONTACT", "texts 30-40 times a day"),
        ("STALK_TURN_UP", "visits house more than 3x a week"),
        ("STALK_LOITER", "waits at the end of the road in the mornings"),
        ("STALK_MONITOR", "found an AirTag taped inside her rear bumper"),
        ("THREAT_VIOLENCE", "'if I can't have you no one will'"),
        ("THREAT_VIOLENCE", "'you'll end up in a box'"),
        ("FEAR_OF_VIOLENCE", "'just froze and couldn't breathe'"),
        ("SERIOUS_IMPACT", "stays at her sister's in Crosby most nights"),
        ("SERIOUS_IMPACT", "has had new locks and a doorbell camera fitted"),
        ("SERIOUS_IMPACT", "son has been moved to breakfast club"),
    ],
)

case(
    30, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="clean", batch="n",
    pattern="vps_online_troll_finds_address_racial_victim_moves", relationship="online", occasions=7,
    text="""\
PC MISTRY went through the VPS leaflet with me at home on 3rd October.

The first thing was comments under my cooking videos on YouTube. He called me a "curry-munching immigrant" and said people like me were "replacing" British people. I blocked him and he came back under new names, more than twenty of them in the end. Then he started writing about me on a forum, with my real name and which part of Leicester I lived in. In June a letter came to my house with no stamp. It had a photo of my front door printed on it and "see you soon Ravi".

I have not made a video since June. That was my income on top of my part-time job and I have lost it. We moved house in August because my wife couldn't stay there. I don't open post anymore, my wife does it. Most nights I'm awake till three, and the doctor has referred me to talking therapy. The channel was the one thing that was mine. He took that.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"curry-munching immigrant\""),
        ("RACIAL_HOSTILITY", "people like me were \"replacing\" British people"),
        ("UNWANTED", "I blocked him"),
        ("STALK_CONTACT", "he came back under new names, more than twenty of them"),
        ("STALK_PUBLISH", "started writing about me on a forum, with my real name and which part of Leicester I lived in"),
        ("STALK_WATCH", "a photo of my front door printed on it"),
        ("FIXATION", "\"see you soon Ravi\""),
        ("SERIOUS_IMPACT", "I have not made a video since June"),
        ("SERIOUS_IMPACT", "We moved house in August"),
        ("SERIOUS_IMPACT", "the doctor has referred me to talking therapy"),
    ],
)

case(
    31, "no_offence", "",
    voice="call_log", case="mixed", noise="abbrev", batch="n",
    pattern="single_text_from_ex_no_further_contact_ip_declines", relationship="ex_partner", occasions=1,
    text="""\
1623 IP Ms Nadia BRENNAN rang back re earlier log. Says ex sent ONE text Sunday 'you'll regret this' after she ended it. Nothing since, he's moved to Hull. IP: 'honestly I overreacted, I'm fine'. NFA, adv given.""",
    spans=[],
)

case(
    32, "harassment", "CD",
    voice="third_party", case="mixed", noise="clean", batch="n",
    pattern="hr_manager_reports_colleague_group_chat_insults_about_victim", relationship="colleague", occasions=5,
    text="""\
Caller is Mr Owen TREHARNE, HR business partner at Kestrel Insurance, Swansea. He is ringing with the agreement of an employee, Miss Bethan GRIFFITHS (23), who he says is "too embarrassed to go through it again". Over the last three weeks a colleague, Aled PRICE, has posted at least five messages about her in the team WhatsApp group and sent her two directly - calling her "thick as mince", "a charity hire" and saying she only passed probation because she "cries to the manager". Bethan has been signed off for a week with stress. Mr TREHARNE says PRICE has been suspended pending investigation. He was asked whether there had been any threats or whether PRICE had turned up anywhere outside work: he says no, "it's all been on the phone and in the office". Bethan is willing to provide the screenshots.""",
    spans=[
        ("REPETITION", "Over the last three weeks"),
        ("STALK_CONTACT", "posted at least five messages about her in the team WhatsApp group and sent her two directly"),
        ("SERIOUS_IMPACT", "Bethan has been signed off for a week with stress"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="n",
    pattern="takeaway_family_threatened_repeatedly_son_relays_mothers_fear", relationship="neighbour", occasions=4,
    text="""\
Account obtained from IP Mrs Mei Ling CHAN (52) with son Jason CHAN (22) assisting with English. Family run the Golden Bowl takeaway, 88 Station Rd, and live above. Susp is believed to be Shane TOOLE who lives in the flats behind.
Per Jason, mum says: 11/11 TOOLE came in, said 'you lot brought the virus, I'll smash your face in'. Mum went in the back and cried, Jason says 'she was shaking, she thought he was coming round the counter'. 18/11 TOOLE banged on the shop window and shouted 'ching chong, I'm going to torch this place with you in it'. 20/11 and 24/11 same male stood across the road shouting abuse at closing time, Jason did not catch the words. Mum now will not close up alone - Jason or his dad do it. Mum states (via Jason) 'I think he will hurt me. I am scared every night when it gets dark.' CCTV from 18/11 shows male matching TOOLE. Enquiries ongoing.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you lot brought the virus"),
        ("THREAT_VIOLENCE", "I'll smash your face in'"),
        ("FEAR_OF_VIOLENCE", "she thought he was coming round the counter"),
        ("RACIAL_HOSTILITY", "'ching chong"),
        ("THREAT_VIOLENCE", "I'm going to torch this place with you in it'"),
        ("REPETITION", "20/11 and 24/11 same male"),
        ("SERIOUS_IMPACT", "Mum now will not close up alone"),
        ("FEAR_OF_VIOLENCE", "'I think he will hurt me. I am scared every night when it gets dark.'"),
    ],
)

case(
    34, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="n",
    pattern="landlord_lets_himself_in_and_comments_on_tenants_life", relationship="landlord", occasions=5,
    text="""\
I have rented the ground floor flat at 7 Mafeking Road, Southsea, from Mr Philip ASHDOWN since last September. At first he was friendly, a bit too friendly. He used to message me on WhatsApp most evenings asking how my day had been.

In January I came home from work and my bedroom window blind had been pulled up. Nothing was taken. When I asked him he said he'd "popped in to check the boiler". He had not told me he was coming. It has happened at least three more times since - I've found the bathroom light on, and once a cup in the sink that wasn't mine. I changed the lock on the inside door, which I told him about.

He has started saying things that show he knows what I've been doing, like "nice to see you had your friend round on Saturday" and "you're home late a lot lately". My friend did come round, but I never told him. I asked him to only contact me by email about the flat. He still texts. I don't think he's dangerous, he's just strange, but I don't like him going in my flat.""",
    spans=[
        ("STALK_CONTACT", "message me on WhatsApp most evenings"),
        ("STALK_PROPERTY", "my bedroom window blind had been pulled up"),
        ("REPETITION", "at least three more times since"),
        ("STALK_PROPERTY", "once a cup in the sink that wasn't mine"),
        ("STALK_MONITOR", "\"nice to see you had your friend round on Saturday\""),
        ("FIXATION", "\"you're home late a lot lately\""),
        ("UNWANTED", "I asked him to only contact me by email about the flat"),
        ("STALK_CONTACT", "He still texts."),
    ],
)

case(
    35, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="n",
    pattern="sentencing_remarks_acquaintance_flowers_and_waiting_victim_moved_job", relationship="acquaintance", occasions=9,
    text="""\
You met Miss Tolley once, at a friend's wedding in 2021, and exchanged a few words. From that single meeting you formed a belief, which you maintained in interview, that the two of you were destined to be together. Over the following fourteen months you sent her flowers at her workplace on at least nine occasions, sent more than two hundred emails to her work address, and stood outside the library where she worked on days when you had worked out she would be on the late shift. When she moved branches, you found her within a fortnight.

Miss Tolley's statement makes plain what this did to her. She told the officer: "I don't think he wanted to hurt me. I don't know what he wanted, and that was the worst part." She left a job she had held for eleven years. She now travels to work by a different route each day and will not go out in the evening unless a friend is with her. She was prescribed medication for anxiety for the first time in her life.""",
    spans=[
        ("FIXATION", "the two of you were destined to be together"),
        ("STALK_GIFTS", "sent her flowers at her workplace on at least nine occasions"),
        ("STALK_CONTACT", "sent more than two hundred emails to her work address"),
        ("STALK_LOITER", "stood outside the library where she worked"),
        ("STALK_MONITOR", "you had worked out she would be on the late shift"),
        ("STALK_TURN_UP", "you found her within a fortnight"),
        ("SERIOUS_IMPACT", "She left a job she had held for eleven years"),
        ("SERIOUS_IMPACT", "travels to work by a different route each day"),
        ("SERIOUS_IMPACT", "will not go out in the evening unless a friend is with her"),
        ("SERIOUS_IMPACT", "prescribed medication for anxiety"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="n",
    pattern="mo_parent_at_school_gates_repeat_racial_remarks", relationship="acquaintance", occasions=3,
    text="""\
SUSP (PARENT AT SAME PRIMARY) HAS ON 3 OCCASIONS AT SCHOOL GATES CALLED IP 'A DIRTY GYPO' & TOLD HER 'TRAVELLERS SHOULDNT BE ALLOWED IN'. IP STATES 'I JUST IGNORE HER'.""",
    spans=[
        ("REPETITION", "ON 3 OCCASIONS"),
        ("RACIAL_HOSTILITY", "'A DIRTY GYPO'"),
        ("RACIAL_HOSTILITY", "'TRAVELLERS SHOULDNT BE ALLOWED IN'"),
    ],
)

case(
    37, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="typos", batch="n",
    pattern="mechanic_threatened_by_unhappy_customer_twice", relationship="customer", occasions=2,
    text="""\
1105 Clr Mr Gavin OAKES, owner of Oakes Motors unit 4 Riverside Ind Est. States customer Lewis FENN unhappy with clutch repair (Dec) came to garage 0945 today, picked up a wheel brace and said "Im going to cave your head in, you robbed me". Clr says he backed into the office and held the door shut, "i thought thats it hes going to do me". Fenn left in blue Focus. Clr says Fenn rang him last Weds saying he'd "come down and sort you out properly" and clr couldnt sleep that night, was waiting for him to turn up. Clr now wants him dealt with. 1108 G2, Fenn address on sys.""",
    spans=[
        ("THREAT_VIOLENCE", "picked up a wheel brace and said \"Im going to cave your head in"),
        ("FEAR_OF_VIOLENCE", "\"i thought thats it hes going to do me\""),
        ("THREAT_VIOLENCE", "he'd \"come down and sort you out properly\""),
        ("FEAR_OF_VIOLENCE", "clr couldnt sleep that night, was waiting for him to turn up"),
    ],
)

case(
    38, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="statement", case="mixed", noise="clean", batch="n",
    pattern="sikh_worker_followed_home_by_colleague_turban_threats", relationship="colleague", occasions=5,
    text="""\
I am Gurpreet SINGH KALSI, I am 29 and I work as a warehouse supervisor at Linwood Distribution in Coventry. I make this statement about Scott BARRACLOUGH who works on my section.

From about March he started making comments about my turban. He would knock it with his hand as he walked past and say "what you hiding under there". I told him to stop and I reported it to our manager. After that he changed. He would be parked by the gate when I finished my shift, even on days he wasn't working. Twice he followed me home in his car all the way to Foleshill Road. He found my Instagram and messaged "nice house, be a shame if it went up, raghead".

On 19 May he stood by my car in the car park and said "you're going to get a kicking and no one's going to help you". I believed him. I rang my brother to come and get me. On 2 June he walked behind me to my car and said "soon". I was sure he was going to attack me that night.

I have asked to move to the other site in Rugby even though it is further. My wife now drives me to work.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "knock it with his hand as he walked past and say \"what you hiding under there\""),
        ("UNWANTED", "I told him to stop"),
        ("STALK_LOITER", "He would be parked by the gate when I finished my shift"),
        ("STALK_FOLLOW", "Twice he followed me home in his car"),
        ("STALK_MONITOR", "He found my Instagram"),
        ("THREAT_VIOLENCE", "\"nice house, be a shame if it went up"),
        ("RACIAL_HOSTILITY", "raghead"),
        ("THREAT_VIOLENCE", "\"you're going to get a kicking and no one's going to help you\""),
        ("FEAR_OF_VIOLENCE", "I believed him. I rang my brother to come and get me."),
        ("FEAR_OF_VIOLENCE", "I was sure he was going to attack me that night"),
        ("SERIOUS_IMPACT", "I have asked to move to the other site in Rugby"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="updates", case="lower", noise="abbrev", batch="n",
    pattern="ex_friend_posts_about_victim_nationality_and_tracks_location", relationship="acquaintance", occasions=4,
    text="""\
upd 22/07 - ip Dorota KOWALCZYK says former friend Jade MILLWARD has made a tiktok about her, 'polish gold digger, here's where she drinks', with ip's photo, and has posted ip's location from snap map 3 times this week. ip says 'its probably just jade being jade' but her mum saw it and rang her crying. ip has asked jade to stop via a mutual mate. screenshots req.""",
    spans=[
        ("STALK_PUBLISH", "has made a tiktok about her"),
        ("RACIAL_HOSTILITY", "'polish gold digger"),
        ("STALK_MONITOR", "posted ip's location from snap map"),
        ("REPETITION", "3 times this week"),
        ("UNWANTED", "ip has asked jade to stop"),
    ],
)

case(
    40, "no_offence", "",
    voice="third_party", case="mixed", noise="abbrev", batch="n",
    pattern="support_worker_reports_council_enforcement_visits_as_harassment", relationship="business", occasions=4,
    text="""\
Support worker Rachel OGUNDIPE calls for client Terence MOSS (63), who feels 'harassed' by council enforcement - 4 visits since April re scrap cars in his garden, plus FPN letters. Mr MOSS told her 'they're always on my back, I can't relax in my own home'. Officers polite, left when asked. Council complaints route adv. No crime.""",
    spans=[
        ("DISTRESS", "I can't relax in my own home"),
    ],
)

case(
    41, "stalking", "CS",
    voice="mo_field", case="mixed", noise="abbrev", batch="n",
    pattern="mo_ex_leaves_notes_on_car_and_sits_outside_gym", relationship="ex_partner", occasions=4,
    text="""\
Ex-BF leaving handwritten notes on IP's windscreen ('I'll wait as long as it takes') + sat outside her gym on Tues/Thurs. IP has told him it's over. IP 'not bothered really'.""",
    spans=[
        ("STALK_GIFTS", "leaving handwritten notes on IP's windscreen"),
        ("FIXATION", "'I'll wait as long as it takes'"),
        ("STALK_LOITER", "sat outside her gym"),
        ("REPETITION", "on Tues/Thurs"),
        ("UNWANTED", "IP has told him it's over"),
    ],
)

case(
    42, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="mixed", noise="typos", batch="n",
    pattern="diary_convert_threatened_by_brother_in_law_religious_hostility", relationship="family", occasions=3,
    text="""\
Notes written by Sophie ADEBAYO-HART for DC LINDSAY, copied from my phone notes app.

Sat 12th - Dan (husbands brother) came round for Mums birthday. when he found out id converted to Islam he went mad. said "you've joined a death cult, your a traitor, someone should teach you a lesson". took the scarf off my head and threw it on floor. i went upstairs and locked myself in with the baby. i thought he was going to hit me.
Tues 15th - voicemail from Dan "muslims get what's coming round here, you'll get yours". 
Fri 18th - Dan outside the mosque when I came out after jummah. He drew his finger across his throat at me. I am so scared he is going to actually hurt me. I havent been back since.
Husband says Dan is all talk. I dont believe that anymore.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"you've joined a death cult, your a traitor"),
        ("THREAT_VIOLENCE", "someone should teach you a lesson\""),
        ("RELIGIOUS_HOSTILITY", "took the scarf off my head and threw it on floor"),
        ("FEAR_OF_VIOLENCE", "i thought he was going to hit me"),
        ("RELIGIOUS_HOSTILITY", "\"muslims get what's coming round here"),
        ("THREAT_VIOLENCE", "you'll get yours\""),
        ("THREAT_VIOLENCE", "He drew his finger across his throat at me"),
        ("FEAR_OF_VIOLENCE", "I am so scared he is going to actually hurt me"),
        ("SERIOUS_IMPACT", "I havent been back since"),
    ],
)

case(
    43, "stalking_fear_alarm_distress", "CSD",
    voice="result_note", case="mixed", noise="abbrev", batch="n",
    pattern="result_charged_ex_logged_into_accounts_victim_moved_in_with_parents", relationship="ex_partner", occasions=6,
    text="""\
Outcome: Charged / remanded. Summary for file: IP Ms Chloe FAIRWEATHER, ex-partner Ashley BRUNT (relationship ended Nov). Since Dec BRUNT has logged into IP's iCloud and Gmail, messaged IP's new partner from IP's own Facebook, and left a bag of her old belongings on her doorstep with a note 'so you remember'. Digital forensics confirm logins from his IP address on 14 dates. IP in ABE said 'I never feel like I'm on my own, he's in my phone, he's in my head'. IP moved back in with her parents in Frodsham in Feb, changed her number and took 3 weeks off work. No direct threats identified. Restraining order to be sought on conviction.""",
    spans=[
        ("STALK_MONITOR", "has logged into IP's iCloud and Gmail"),
        ("STALK_PUBLISH", "messaged IP's new partner from IP's own Facebook"),
        ("STALK_GIFTS", "left a bag of her old belongings on her doorstep with a note 'so you remember'"),
        ("REPETITION", "on 14 dates"),
        ("DISTRESS", "'I never feel like I'm on my own, he's in my phone, he's in my head'"),
        ("SERIOUS_IMPACT", "moved back in with her parents in Frodsham"),
        ("SERIOUS_IMPACT", "changed her number and took 3 weeks off work"),
    ],
)

case(
    44, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="n",
    pattern="sgt_review_neighbour_repeated_insults_victim_minimises", relationship="neighbour", occasions=4,
    text="""\
Sgt review 12/09: IP (Mr Desmond ROWE, 74) keeps saying 'it's only words, he's a miserable so-and-so'. But 4 separate incidents over 3 wks of n/bour HIGGINBOTTOM calling him 'a nonce' and 'a dirty old pervert' in the street in front of other residents - no basis for it. That's more than a spat. Record as crime, OIC to get statements from W1/W2 at nos. 3 and 5.""",
    spans=[
        ("REPETITION", "4 separate incidents over 3 wks"),
        ("STALK_CONTACT", "calling him 'a nonce' and 'a dirty old pervert' in the street"),
    ],
)
