# ruff: noqa: E501
"""Hand-written narratives, writer t: rural areas, small towns and Wales."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="abbrev", batch="t",
    pattern="ex_parks_at_farm_gate_and_follows_tractor", relationship="ex_partner", occasions=4,
    text="""\
IP Bethan PRYCE-MORGAN (34) farms with her father at Tyddyn Isaf, nr Llanfair Talhaearn. Susp is her ex, Gareth WYN EVANS, split Aug. Since then susp has parked his silver Hilux in the lay-by opposite the farm gate on at least 4 occasions, early morning, engine running, IP can see him from the milking parlour. On 12/10 he followed her tractor down the lane to the mart at Abergele and stood by the pens where she was selling. IP states she doesnt feel scared of him as such, 'he's just always there'. Not blocked on phone as she needs it for the farm. Susp not spoken to yet - OIC PC 2214 DAVIES to arrange VA.""",
    spans=[
        ("STALK_LOITER", "parked his silver Hilux in the lay-by opposite the farm gate"),
        ("REPETITION", "on at least 4 occasions"),
        ("STALK_WATCH", "engine running, IP can see him from the milking parlour"),
        ("STALK_FOLLOW", "followed her tractor down the lane to the mart"),
        ("STALK_TURN_UP", "stood by the pens where she was selling"),
        ("FIXATION", "he's just always there"),
    ],
)

case(
    2, "no_offence", "",
    voice="call_log", case="upper", noise="abbrev", batch="t",
    pattern="single_pub_threat_one_incident", relationship="acquaintance", occasions=1,
    text="""\
21:47 CLR IS LANDLADY OF THE DROVERS ARMS, LLANDOVERY RD. MALE KNOWN AS 'TOMMO' HAS TOLD ANOTHER CUSTOMER HE WILL 'SMASH HIS FACE IN' OVER A DARTS GAME. MALE HAS NOW LEFT ON FOOT TOWARDS THE SQUARE. CUSTOMER (IP) SHAKEN BUT OK. NO PREVIOUS ISSUES BETWEEN THEM PER CLR.
21:52 G2 ALLOCATED
22:31 PC 4410 UPDATE - SPOKE TO IP, SINGLE INCIDENT, KNOWS MALE FROM THE DARTS LEAGUE, DOESNT WANT TO PURSUE. WORDS OF ADVICE TO BE GIVEN TO MALE. CLOSE.""",
    spans=[
        ("THREAT_VIOLENCE", "HE WILL 'SMASH HIS FACE IN'"),
        ("DISTRESS", "SHAKEN BUT OK"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="mo_field", case="lower", noise="abbrev", batch="t",
    pattern="neighbour_racial_abuse_over_hedge_repeated", relationship="neighbour", occasions=3,
    text="""\
susp nhbr has on three occ shouted racial abuse at ip over garden hedge at 4 heol y felin, incl 'go back to pakistan' and 'p***' (ip is british born, of pakistani heritage). also called ip's wife a 'dirty foreigner' 09/03. ip annoyed more than anything.""",
    spans=[
        ("REPETITION", "on three occ"),
        ("RACIAL_HOSTILITY", "shouted racial abuse at ip over garden hedge"),
        ("RACIAL_HOSTILITY", "'go back to pakistan' and 'p***'"),
        ("RACIAL_HOSTILITY", "called ip's wife a 'dirty foreigner'"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="t",
    pattern="rugby_club_rival_threats_victim_scared_twice", relationship="acquaintance", occasions=3,
    text="""\
I play second row for Cwmgarw RFC. Since the cup game in January when I was involved in a scuffle with Rhodri Jenkins I have had trouble from him. The first time was at the clubhouse on the 2nd of February when he came up behind me at the bar and said 'you're getting it, boy, when nobody's looking'. I was frightened he would actually hit me and I left before closing.

On the 16th February I was putting diesel in at the garage on the bypass and he pulled in, wound his window down and said he'd 'break my legs so I'd never play again'. I genuinely thought he was going to get out of the car and do it. I drove off without paying and had to go back later.

He has also sent me two messages on Facebook calling me a grass. I am now worried every time I go to training that he will be waiting to attack me.""",
    spans=[
        ("THREAT_VIOLENCE", "you're getting it, boy, when nobody's looking"),
        ("FEAR_OF_VIOLENCE", "I was frightened he would actually hit me"),
        ("THREAT_VIOLENCE", "he'd 'break my legs so I'd never play again'"),
        ("FEAR_OF_VIOLENCE", "I genuinely thought he was going to get out of the car and do it"),
        ("FEAR_OF_VIOLENCE", "worried every time I go to training that he will be waiting to attack me"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="t",
    pattern="ex_tracks_caravan_site_victim_moves_pitch", relationship="ex_partner", occasions=5,
    text="""\
14/06 0915 PC HUGHES 3301: Attended Glan y Mor holiday park, Pendine. IP Kerry ASHWORTH lives in static caravan no.42 all year. Ex partner Lee FAIRCLOUGH (PNC - prev DA) has turned up at site 3 times in last fortnight, once at 0200 banging on caravan door. Site warden confirms seeing his van at the barrier.
14/06 0940: IP states he has also been texting from new numbers each time she blocks him - approx 60 msgs since 1st June, 'I know where you are Kez', 'saw you at the Spar'.
15/06 1100 PC HUGHES: IP has moved to her sister's in Carmarthen and has given up her job at the site cafe as she 'can't be there'. DASH completed - MED. Referral to IDVA.
16/06: Susp circulated as wanted for interview.""",
    spans=[
        ("STALK_TURN_UP", "has turned up at site 3 times in last fortnight"),
        ("STALK_TURN_UP", "banging on caravan door"),
        ("STALK_CONTACT", "texting from new numbers each time she blocks him"),
        ("REPETITION", "approx 60 msgs since 1st June"),
        ("STALK_WATCH", "'saw you at the Spar'"),
        ("SERIOUS_IMPACT", "IP has moved to her sister's in Carmarthen"),
        ("SERIOUS_IMPACT", "has given up her job at the site cafe"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="mixed", noise="typos", batch="t",
    pattern="local_facebook_group_insult_posts_to_victim", relationship="online", occasions=4,
    text="""\
IP runs the village shop in Much Wenlock Rd, Craven Arms. Susp Darren COLLIER, who was banned from the shop after a dispute about a bounced cheque, has sent IP four abusive messages on messenger over the past 3 wks calling her a 'fat theiving cow' and a 'crook' and saying nobody should shop there. IP says the messages are 'nasty' but she is not frightend of him and is carrying on as normal. Has blocked him. No msgs since blocking. Susp resides Clun.""",
    spans=[
        ("REPETITION", "four abusive messages on messenger over the past 3 wks"),
        ("UNWANTED", "calling her a 'fat theiving cow' and a 'crook'"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="t",
    pattern="polish_farm_worker_followed_from_packhouse_with_slurs", relationship="colleague", occasions=4,
    text="""\
Sgt review 0810. Read the log and the IP's account (via Language Line, Polish). IP Agnieszka WOJCIK works at the veg packhouse outside Spalding. Male supervisor there, Craig BAXENDALE, has followed her home in his car on 4 nights, sitting outside her HMO on Winsover Rd for 20-30 mins after she goes in. He has also said to her at work 'you lot should be grateful to be here' and 'Polish slag' in front of others. IP says she is not afraid, more angry, and is still working. I'm satisfied the pattern is there and the comments show hostility on nationality. Crime to be recorded accordingly, OIC to obtain packhouse CCTV and staff accounts. Not DA.""",
    spans=[
        ("STALK_FOLLOW", "followed her home in his car"),
        ("REPETITION", "on 4 nights"),
        ("STALK_LOITER", "sitting outside her HMO on Winsover Rd for 20-30 mins"),
        ("RACIAL_HOSTILITY", "'you lot should be grateful to be here'"),
        ("RACIAL_HOSTILITY", "'Polish slag'"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="t",
    pattern="takeaway_owner_threatened_racially_by_locals_twice", relationship="customer", occasions=2,
    text="""\
23:10 Fri 7th. Golden Dragon t/a, High St, Builth Wells. Spoke w/ owner Mr Wei CHEN. States 2 youths (one named as Kyle PROSSER) came in again tonight, second time this month. Said 'chinky b*****d we'll burn your shop with you in it'. Last time (28th) same lad said he'd 'stab the chink'. Mr CHEN v. frightened both times, thinks they will do it, locked door and hid in back w/ wife. Shaking when spoken to. BWV on.""",
    spans=[
        ("REPETITION", "second time this month"),
        ("RACIAL_HOSTILITY", "'chinky b*****d"),
        ("THREAT_VIOLENCE", "we'll burn your shop with you in it'"),
        ("THREAT_VIOLENCE", "he'd 'stab the chink'"),
        ("FEAR_OF_VIOLENCE", "v. frightened both times, thinks they will do it"),
        ("DISTRESS", "Shaking when spoken to"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="mixed", noise="typos", batch="t",
    pattern="muslim_woman_watched_and_abused_moves_children_school", relationship="neighbour", occasions=5,
    text="""\
Diary kept for PC Lloyd as asked.
Mon 3rd - he was stood at the end of the lane again watching the house when I took the kids to school. Shouted 'terrorist' when I walked past.
Weds 5th - car behind me all the way to Tesco in Newtown, same red Astra. He parked 3 spaces away and sat there.
Thurs 6th - note through door 'no mosques in Kerry'. Im sure its his writing.
Sat 8th - he was taking photos of our house on his phone from the field gate.
Sun 9th - cant sleep. Ive taken the kids out of the village school and put them in Newtown, I dont take my hijab off but I dont go out on my own now at all.""",
    spans=[
        ("STALK_LOITER", "stood at the end of the lane again watching the house"),
        ("RELIGIOUS_HOSTILITY", "Shouted 'terrorist'"),
        ("STALK_FOLLOW", "car behind me all the way to Tesco in Newtown"),
        ("RELIGIOUS_HOSTILITY", "'no mosques in Kerry'"),
        ("STALK_WATCH", "taking photos of our house on his phone from the field gate"),
        ("DISTRESS", "cant sleep"),
        ("SERIOUS_IMPACT", "taken the kids out of the village school"),
        ("SERIOUS_IMPACT", "I dont go out on my own now at all"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="t",
    pattern="landlord_notice_visits_lawful", relationship="landlord", occasions=3,
    text="""\
Result: NFA - no offence. IP reported landlord (Mr D. PARRY, owns several cottages in Llanrhaeadr) for 'harassment' after he hand-delivered a s.21 notice and then called twice to arrange an inspection. Notice and letters seen, all polite and in accordance with tenancy. Inspection was given 24hrs notice. IP accepts he has not been abusive. Civil matter - IP signposted to Shelter Cymru and CAB.""",
    spans=[],
)

case(
    11, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="t",
    pattern="chapel_organist_gifts_and_letters_from_congregant", relationship="acquaintance", occasions=6,
    text="""\
Email received from Rev. Alun Griffiths, minister at Capel Bethesda, Llanuwchllyn, on behalf of the chapel organist Mrs Nia ROBERTS (61), who does not use email.

He writes that a member of the congregation, Mr Dilwyn OWEN, has become 'fixated' on Mrs Roberts since she was widowed. Over about two months he has left flowers and a box of Welsh cakes on her doorstep on six separate occasions, with cards signed 'your Dilwyn'. He sits in the pew directly behind the organ every Sunday and waits by her car after the service. She has asked him, in front of the minister, to stop, and he replied that she would 'come round'. Mrs Roberts is not frightened but finds it embarrassing and wants it to stop. She would prefer a quiet word.""",
    spans=[
        ("FIXATION", "has become 'fixated' on Mrs Roberts"),
        ("STALK_GIFTS", "left flowers and a box of Welsh cakes on her doorstep"),
        ("REPETITION", "on six separate occasions"),
        ("STALK_LOITER", "waits by her car after the service"),
        ("UNWANTED", "She has asked him, in front of the minister, to stop"),
        ("FIXATION", "she would 'come round'"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CF",
    voice="dash_note", case="mixed", noise="abbrev", batch="t",
    pattern="brother_land_dispute_shotgun_threats_twice", relationship="family", occasions=3,
    text="""\
DASH - STANDARD/MED (officer judgement raised to MED due to firearms access).
IP and susp are brothers, dispute over late father's farm at Cefn Coch. Susp holds SGC (2 x shotguns, FEO informed). 20/11 susp told IP across the yard 'I'll put both barrels in you before you get this land'. IP says he believed him, went in and locked the house. 27/11 susp rang and said 'you'll be in the ground with Dad'. IP again in fear, has been sleeping at his partner's since. Susp also drove tractor across IP's silage clamp - may be civil, to be looked at separately.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'll put both barrels in you before you get this land'"),
        ("FEAR_OF_VIOLENCE", "IP says he believed him, went in and locked the house"),
        ("THREAT_VIOLENCE", "'you'll be in the ground with Dad'"),
        ("FEAR_OF_VIOLENCE", "IP again in fear"),
        ("SERIOUS_IMPACT", "has been sleeping at his partner's since"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="upper", noise="heavy", batch="t",
    pattern="ex_follows_from_young_farmers_threatens_victim_terrified", relationship="ex_partner", occasions=3,
    text="""\
CAD 0412 23/05. CLR FEMALE V DISTRESSED, PARKED UP ON B4343 NR TREGARON. EX BF JAMIE HOWELLS HAS FOLLOWED HER FROM YFC DO AT LAMPETER IN HIS PICKUP, FLASHING LIGHTS, 3RD TIME THIS MTH HES FOLLOWED HER HOME. SAYS HE TOLD HER LAST WK 'IF I CANT HAVE U NO1 WILL, ILL KILL U'. CLR SCARED HES GOING TO RAM HER CAR. ALSO SCARED LAST TIME, HID AT FRIENDS. PICKUP NOW PARKED BEHIND HER. G1. UNITS FROM ABERYSTWYTH ETA 20 MINS. CLR KEPT ON LINE, DOORS LOCKED.""",
    spans=[
        ("STALK_FOLLOW", "HAS FOLLOWED HER FROM YFC DO AT LAMPETER IN HIS PICKUP"),
        ("REPETITION", "3RD TIME THIS MTH HES FOLLOWED HER HOME"),
        ("THREAT_VIOLENCE", "'IF I CANT HAVE U NO1 WILL, ILL KILL U'"),
        ("FEAR_OF_VIOLENCE", "CLR SCARED HES GOING TO RAM HER CAR"),
        ("FEAR_OF_VIOLENCE", "ALSO SCARED LAST TIME, HID AT FRIENDS"),
        ("STALK_LOITER", "PICKUP NOW PARKED BEHIND HER"),
    ],
)

case(
    14, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="t",
    pattern="neighbour_targets_victim_with_dog_mess_and_abuse_victim_signed_off", relationship="neighbour", occasions=6,
    text="""\
I want the court to know what the last year has been like. Mr Hargreaves next door has thrown dog mess over the wall onto my patio more times than I can count, I kept a note of eleven times since March. He shouts 'nosy old witch' whenever I'm in the garden and he put a sign in his window about me. I have never been afraid he would hurt me, he is not that sort, but I have been signed off from the surgery where I work for six weeks with anxiety. I don't sit in my garden any more, and I used to love it.""",
    spans=[
        ("UNWANTED", "thrown dog mess over the wall onto my patio"),
        ("REPETITION", "eleven times since March"),
        ("UNWANTED", "He shouts 'nosy old witch' whenever I'm in the garden"),
        ("SERIOUS_IMPACT", "signed off from the surgery where I work for six weeks with anxiety"),
        ("SERIOUS_IMPACT", "I don't sit in my garden any more"),
    ],
)

case(
    15, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="t",
    pattern="english_incomer_anti_english_abuse_pub", relationship="acquaintance", occasions=3,
    text="""\
02/09 PCSO 7781 JONES: Spoke to IP Mr Simon ATHERTON at his address, Maes y Llan, Llanbedr. IP moved from Cheshire 2 yrs ago. States local man Emyr (surname TBC, drinks in the Ty Gwyn) has on 3 occasions in the pub called him a 'Saes bastard' and 'English scum', told him 'your sort are ruining this village'. Also shouted same from van when IP walking dog. IP fed up rather than scared.
04/09 PCSO JONES: Landlord confirms Emyr = Emyr PUGH, has been spoken to by landlord before. Will obtain statement.""",
    spans=[
        ("REPETITION", "on 3 occasions"),
        ("RACIAL_HOSTILITY", "called him a 'Saes bastard' and 'English scum'"),
        ("RACIAL_HOSTILITY", "'your sort are ruining this village'"),
        ("UNWANTED", "shouted same from van when IP walking dog"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="crime_summary", case="lower", noise="typos", batch="t",
    pattern="traveller_family_monitored_fake_posts_local_group", relationship="online", occasions=5,
    text="""\
ip is romany gypsy, lives on the council site off station rd, knighton. susp (believed to be a man calling himself 'Knighton Watch') runs a fake facebook acount and has posted ip's photo and reg number on the local buy and sell page 5 times with captions like 'lock up your sheds the gyppos are out' and 'thieving pikey'. susp apears to be watching her movements as posts say where she parked and when. ip is angry, has not changed anything. enquiries with meta to id acount holder.""",
    spans=[
        ("STALK_PUBLISH", "posted ip's photo and reg number on the local buy and sell page"),
        ("REPETITION", "5 times"),
        ("RACIAL_HOSTILITY", "'lock up your sheds the gyppos are out'"),
        ("RACIAL_HOSTILITY", "'thieving pikey'"),
        ("STALK_WATCH", "watching her movements as posts say where she parked and when"),
    ],
)

case(
    17, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="t",
    pattern="mutual_row_neighbours_boundary_fence", relationship="neighbour", occasions=2,
    text="""\
Ongoing boundary dispute betw IP (Mr K. Thomas) and nhbr (Mr R. Vaughan), Pen y Bryn, Llanidloes, about a fence line and a shared track. 2 verbal altercations in July, both parties swearing at each other, each accuses the other of starting it. Witness (postman) says 'six of one'. Neither party alleges threats. Land Registry / solicitors involved. Advised both re civil remedies. No offences disclosed.""",
    spans=[],
)

case(
    18, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="t",
    pattern="sikh_shopkeeper_threatened_by_farmhand_twice", relationship="customer", occasions=2,
    text="""\
I am the owner of Singh's Stores on Bridge Street in Bishop's Castle. I wear a turban. A man I now know as Wayne Corfield comes in for cigarettes. On Tuesday 4th April he came in drunk and said 'take that tea towel off your head or I'll rip it off and your head with it'. I believed he would attack me; I pressed the panic alarm under the counter.

On the following Saturday he came back and stood at the door and said 'I told you, raghead, I'm coming for you'. I was terrified. I thought he was going to come over the counter at me. My son has since been staying in the shop with me until closing because I am scared to be on my own.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'take that tea towel off your head"),
        ("THREAT_VIOLENCE", "I'll rip it off and your head with it'"),
        ("FEAR_OF_VIOLENCE", "I believed he would attack me"),
        ("RELIGIOUS_HOSTILITY", "raghead"),
        ("THREAT_VIOLENCE", "I'm coming for you'"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to come over the counter at me"),
    ],
)

case(
    19, "stalking", "CS",
    voice="mo_field", case="upper", noise="abbrev", batch="t",
    pattern="ex_monitors_phone_via_shared_account", relationship="ex_partner", occasions=3,
    text="""\
SUSP HAS ACCESSED IP'S ICLOUD USING OLD PASSWORD, READ HER MSGS AND TOLD HER WHO SHE'D BEEN TEXTING X3 IN 2 WKS. ALSO TURNED UP AT HER WORK (VETS, CRICKHOWELL) UNINVITED.""",
    spans=[
        ("STALK_MONITOR", "ACCESSED IP'S ICLOUD USING OLD PASSWORD, READ HER MSGS"),
        ("REPETITION", "X3 IN 2 WKS"),
        ("STALK_TURN_UP", "TURNED UP AT HER WORK (VETS, CRICKHOWELL) UNINVITED"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="t",
    pattern="appeal_retelling_racist_stalker_farm_neighbour", relationship="neighbour", occasions=6,
    text="""\
The complainant, a nurse of Nigerian origin, bought a smallholding near Llanybydder in 2019. The appellant farmed the adjoining land. The Recorder found that between May and October 2021 the appellant repeatedly drove slowly past her house, stopped at her gate and stared, on one occasion for some forty minutes; that he left a dead crow on her doorstep; and that he twice told her, in terms the Recorder accepted, that she should 'go back to the jungle before something happens to you'. The complainant's evidence, which the Recorder believed, was that on each of those occasions she feared he would hurt her, and that she had fitted CCTV and eventually put the smallholding on the market.""",
    spans=[
        ("STALK_WATCH", "repeatedly drove slowly past her house, stopped at her gate and stared"),
        ("STALK_PROPERTY", "left a dead crow on her doorstep"),
        ("RACIAL_HOSTILITY", "'go back to the jungle"),
        ("THREAT_VIOLENCE", "before something happens to you'"),
        ("FEAR_OF_VIOLENCE", "on each of those occasions she feared he would hurt her"),
        ("SERIOUS_IMPACT", "had fitted CCTV and eventually put the smallholding on the market"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="inconsistent", noise="typos", batch="t",
    pattern="ex_tenant_threatens_landlord_repeatedly_victim_afraid", relationship="landlord", occasions=3,
    text="""\
IP is landlord of a flat above the chip shop in Talgarth. former tenant Ashley MORRIS evicted in Feb (lawfuly, court order). Since then MORRIS has rung IP twice and Sent one text, each time threatening to 'do him' and 'cave his head in with a hammer'. IP states after the first call he was scared to go to the flat to do repairs and took his son with him. after the text on 3/4 he was 'petrified' MORRIS would come to his home and has had a Ring doorbell fitted. IP keen to support.""",
    spans=[
        ("REPETITION", "rung IP twice and Sent one text"),
        ("THREAT_VIOLENCE", "'cave his head in with a hammer'"),
        ("FEAR_OF_VIOLENCE", "he was scared to go to the flat to do repairs"),
        ("FEAR_OF_VIOLENCE", "he was 'petrified' MORRIS would come to his home"),
        ("SERIOUS_IMPACT", "has had a Ring doorbell fitted"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="t",
    pattern="student_teacher_loiter_outside_school_victim_changes_job", relationship="acquaintance", occasions=5,
    text="""\
DS review. OIC has recorded as harassment. I disagree. Male (former parent at the school) has waited in the car park of Ysgol Gynradd Penybont on five mornings, has sent 'love letters' to the IP (teacher) via the school office and has been seen twice outside her home in Coychurch. Classic FOUR - fixated, obsessive, unwanted, repeated. IP has requested a transfer to another school and now gets a lift in from her husband. Re-classify. OIC to consider SPO application.""",
    spans=[
        ("STALK_LOITER", "waited in the car park of Ysgol Gynradd Penybont"),
        ("REPETITION", "on five mornings"),
        ("STALK_CONTACT", "sent 'love letters' to the IP (teacher) via the school office"),
        ("STALK_WATCH", "seen twice outside her home in Coychurch"),
        ("SERIOUS_IMPACT", "requested a transfer to another school"),
        ("SERIOUS_IMPACT", "now gets a lift in from her husband"),
    ],
)

case(
    23, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="t",
    pattern="silent_and_abusive_calls_to_farm_shop", relationship="business", occasions=8,
    text="""\
1402 RP owner of Wern Farm Shop, Llanarmon. Rival butcher in the village (named) ringing the shop landline - 8 calls since Mon, mix of silent and abusive, 'you'll be bust by Xmas', 'your meat's rotten'. RP not in fear, wants it logged and words given. Number known. Advised keep log. G3 - appt tomorrow.""",
    spans=[
        ("REPETITION", "8 calls since Mon"),
        ("UNWANTED", "mix of silent and abusive"),
        ("UNWANTED", "'your meat's rotten'"),
    ],
)

case(
    24, "no_offence", "",
    voice="notebook", case="lower", noise="abbrev", batch="t",
    pattern="two_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
1530 - ip (female, 28) at hm cottage, pontrhydfendigaid. says bf rhys sent nasty txts in march calling her a slag, they split, got back together in may. last night argument again, he called her names and left. no threats. she says they're 'fine now', he's back home. not in fear. dash std. advised.""",
    spans=[
        ("UNWANTED", "sent nasty txts in march calling her a slag"),
    ],
)

case(
    25, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="t",
    pattern="jewish_holiday_let_owner_followed_and_leaflets", relationship="stranger", occasions=4,
    text="""\
Update 1 (PC 1187 REES): IP Daniel LEVY runs 2 holiday cottages near Dolgellau. Unknown male has been seen on 3 occasions standing on the public footpath above the cottages photographing the house and IP's family. IP approached him once; male said 'I know what you people are' and walked off.
Update 2: Leaflets found under wipers of guests' cars at the cottages - 'Jew-owned, boycott' with IP's photo. CCTV from neighbouring farm shows a man in a green wax jacket.
Update 3: IP says he's 'more irritated than worried', business carrying on. Enquiries ongoing to identify male - possible link to similar leaflets in Bala.""",
    spans=[
        ("REPETITION", "on 3 occasions"),
        ("STALK_WATCH", "standing on the public footpath above the cottages photographing the house"),
        ("RELIGIOUS_HOSTILITY", "'I know what you people are'"),
        ("STALK_PUBLISH", "'Jew-owned, boycott' with IP's photo"),
    ],
)

case(
    26, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="t",
    pattern="bangladeshi_doctor_abusive_letters_market_town", relationship="stranger", occasions=3,
    text="""\
I am a GP at the health centre in Ludlow. Over the past six weeks I have received three letters at the surgery addressed to 'the Paki doctor'. The letters say that 'people like you' should not be treating English patients and that I should 'go home to Bangladesh'. They are handwritten and unsigned. I was born in Birmingham. I found them offensive but I have not changed anything about how I work and I do not think the writer intends to hurt me.""",
    spans=[
        ("REPETITION", "three letters at the surgery"),
        ("RACIAL_HOSTILITY", "addressed to 'the Paki doctor'"),
        ("RACIAL_HOSTILITY", "'people like you' should not be treating English patients"),
        ("RACIAL_HOSTILITY", "'go home to Bangladesh'"),
    ],
)

case(
    27, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="t",
    pattern="online_fan_turns_up_at_craft_fair_stalls", relationship="online", occasions=5,
    text="""\
IP [REDACTED] (potter, sells at craft fairs) reports male who follows her Instagram, user 'XXXX_wildwales', has messaged her daily since Easter despite being blocked on two accounts - he opens new ones. He has then turned up at her stall at Machynlleth, Aberaeron and Hay craft fairs, each time buying nothing and standing at the stall for over an hour. He knows which fairs she is doing before she posts. IP describes it as 'creepy' but not frightening. Male possibly [REDACTED], DOB XX/XX/1981, address in Shrewsbury.""",
    spans=[
        ("STALK_CONTACT", "has messaged her daily since Easter despite being blocked"),
        ("STALK_CONTACT", "he opens new ones"),
        ("STALK_TURN_UP", "turned up at her stall at Machynlleth, Aberaeron and Hay craft fairs"),
        ("STALK_LOITER", "standing at the stall for over an hour"),
        ("STALK_MONITOR", "He knows which fairs she is doing before she posts"),
    ],
)

case(
    28, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="t",
    pattern="asylum_hotel_resident_threatened_in_town_repeatedly", relationship="stranger", occasions=3,
    text="""\
IP is a Syrian national housed at the Castle Hotel, Llandrindod. On 3 occasions in Sept susp (Liam EDWARDS, 19) and others have approached him in Temple St, called him 'dirty refugee' and 'sand n*****', and told him 'we're going to kill you and your kind'. After the 2nd occasion IP would not leave the hotel for 4 days as he thought they would beat him. On 22/9 they spat at him and said 'next time knife'. IP v afraid, believes they will stab him. Interpreter used (Arabic).""",
    spans=[
        ("REPETITION", "On 3 occasions in Sept"),
        ("RACIAL_HOSTILITY", "called him 'dirty refugee' and 'sand n*****'"),
        ("THREAT_VIOLENCE", "'we're going to kill you and your kind'"),
        ("FEAR_OF_VIOLENCE", "would not leave the hotel for 4 days as he thought they would beat him"),
        ("THREAT_VIOLENCE", "'next time knife'"),
        ("FEAR_OF_VIOLENCE", "IP v afraid, believes they will stab him"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="t",
    pattern="ex_tracker_on_car_victim_changes_routes", relationship="ex_partner", occasions=4,
    text="""\
tues - garage found a gps tracker taped under my back bumper when i took the fiesta in for its mot. only person it could be is craig. he always knows where i am.
thurs - he was parked outside my mams in blaenau when i got there. how did he know.
fri - 14 missed calls from a withheld number. i didnt answer.
sat - ive started driving a diffrent way to work every day and im parking at the station not the depot. ive not slept properly since tuesday and doctor has given me something.""",
    spans=[
        ("STALK_MONITOR", "found a gps tracker taped under my back bumper"),
        ("FIXATION", "he always knows where i am"),
        ("STALK_TURN_UP", "he was parked outside my mams in blaenau"),
        ("STALK_CONTACT", "14 missed calls from a withheld number"),
        ("SERIOUS_IMPACT", "driving a diffrent way to work every day"),
        ("SERIOUS_IMPACT", "ive not slept properly since tuesday and doctor has given me something"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="clean", batch="t",
    pattern="rspca_inspector_threatened_by_dog_breeder", relationship="business", occasions=2,
    text="""\
Referral from the animal welfare charity's regional manager. Their inspector, Ms Hollie Brandon, visited a dog breeder at a farm outside Llangadog on 3rd and 17th March. On both visits the breeder, Mr Nigel Sumner, told her he would 'set the dogs on her' and 'bury her in the slurry pit'. The manager says Ms Brandon was genuinely frightened on each visit that he would do it, and on the second visit she left without completing the inspection. The charity will no longer send her alone.""",
    spans=[
        ("THREAT_VIOLENCE", "he would 'set the dogs on her' and 'bury her in the slurry pit'"),
        ("FEAR_OF_VIOLENCE", "genuinely frightened on each visit that he would do it"),
        ("SERIOUS_IMPACT", "she left without completing the inspection"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="t",
    pattern="ex_husband_slurs_about_new_partner_follows_victim", relationship="ex_partner", occasions=5,
    text="""\
IP Rachel OKAFOR-BRYANT, Church Stretton. Ex-husband (susp) has since separation (Dec) followed IP to her new partner's house in Minsterley on 3 occ, sat outside in his car. Sends msgs saying she is 'shagging a black b*****d', 'n***** lover' and that their kids will be 'half-caste'. IP's new partner is of Ghanaian heritage. Susp also logged into IP's email and forwarded himself her solicitor's letters. IP has changed her email, phone number and has stopped taking kids to school herself - mother does it. Not sleeping. DASH HIGH. MARAC referral.""",
    spans=[
        ("STALK_FOLLOW", "followed IP to her new partner's house in Minsterley"),
        ("REPETITION", "on 3 occ"),
        ("STALK_LOITER", "sat outside in his car"),
        ("RACIAL_HOSTILITY", "'shagging a black b*****d', 'n***** lover'"),
        ("RACIAL_HOSTILITY", "their kids will be 'half-caste'"),
        ("STALK_MONITOR", "logged into IP's email and forwarded himself her solicitor's letters"),
        ("SERIOUS_IMPACT", "has changed her email, phone number"),
        ("SERIOUS_IMPACT", "has stopped taking kids to school herself"),
        ("DISTRESS", "Not sleeping"),
    ],
)

case(
    32, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="t",
    pattern="darts_team_mate_abusive_texts_pin_style_words", relationship="acquaintance", occasions=5,
    text="""\
Outcome: Susp (Owain REES) interviewed VA 11/11, admits sending 5 abusive texts to IP after being dropped from the Red Lion darts team, calling him 'a spineless t**t' and 'Judas'. No threats. IP not in fear, only wanted it to stop. Community resolution agreed with IP - apology letter. Susp aware further msgs = arrest.""",
    spans=[
        ("REPETITION", "5 abusive texts"),
        ("UNWANTED", "calling him 'a spineless t**t' and 'Judas'"),
    ],
)

case(
    33, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="t",
    pattern="council_enforcement_visits_lawful", relationship="business", occasions=3,
    text="""\
10/01 PC 3390 MORGAN: IP Mr Huw LEWIS alleges harassment by Ceredigion Council planning officers who have visited his land at Bronant 3 times re an unauthorised caravan and sent enforcement notices.
12/01: Spoke to council enforcement team - visits were pre-arranged by letter, notices served per statutory process. Officers' conduct professional, BWV from last visit viewed, no issues.
12/01: IP advised this is lawful enforcement activity and not a police matter. Appeal route via Planning Inspectorate explained. Closed - no crime.""",
    spans=[],
)

case(
    34, "stalking", "CS",
    voice="notebook", case="mixed", noise="abbrev", batch="t",
    pattern="colleague_at_auction_mart_fixation_notes", relationship="colleague", occasions=4,
    text="""\
0945 Welshpool livestock mart office. IP (admin clerk, Sian) shows me 4 notes left on her car windscreen in staff car park over 2 wks - 'you looked lovely in green today', 'I waited for you'. Believes from drover Kevin ASTLEY, who also keeps coming into the office for no reason. IP: 'annoying, I'm not scared'.""",
    spans=[
        ("STALK_CONTACT", "4 notes left on her car windscreen in staff car park"),
        ("STALK_WATCH", "'you looked lovely in green today'"),
        ("STALK_LOITER", "'I waited for you'"),
        ("UNWANTED", "keeps coming into the office for no reason"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="t",
    pattern="ex_partner_stalks_with_anti_muslim_messages", relationship="ex_partner", occasions=5,
    text="""\
DASH STANDARD. IP Yasmin HUSSAIN, 31, Brecon. Ex (white British) since she returned to practising Islam and ended relationship has: sat outside her flat on Ship St most evenings (neighbours confirm), created a fake FB in her name posting 'I'm a jihadi bride' pics, sent msgs 'your religion is a cult of paedos'. IP says not scared of him, 'he's pathetic', no changes to routine. No children. No weapons known.""",
    spans=[
        ("STALK_LOITER", "sat outside her flat on Ship St most evenings"),
        ("STALK_PUBLISH", "created a fake FB in her name"),
        ("RELIGIOUS_HOSTILITY", "posting 'I'm a jihadi bride' pics"),
        ("RELIGIOUS_HOSTILITY", "'your religion is a cult of paedos'"),
    ],
)

case(
    36, "aggravated_harassment", "CDR",
    voice="crime_summary", case="mixed", noise="typos", batch="t",
    pattern="welsh_speaking_family_abused_by_neighbour_anti_welsh", relationship="neighbour", occasions=4,
    text="""\
IP family (Welsh speakers) at Bryn Awel, Rhosneigr. Nhbr Mr Peter DOWNES, retired from Surrey, has on 4 occ shouted at IP's children for speaking Welsh in the garden, 'speak English you inbred Taffs', 'sheep-shagging Welsh peasants'. He has also put a note in the porch saying Welsh is 'a dead language for backward people'. No threats. IP's wife now keeps kids indoors after school and has been to GP with stress.""",
    spans=[
        ("REPETITION", "on 4 occ"),
        ("RACIAL_HOSTILITY", "'speak English you inbred Taffs'"),
        ("RACIAL_HOSTILITY", "'sheep-shagging Welsh peasants'"),
        ("RACIAL_HOSTILITY", "'a dead language for backward people'"),
        ("SERIOUS_IMPACT", "now keeps kids indoors after school"),
        ("DISTRESS", "has been to GP with stress"),
    ],
)

case(
    37, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="mixed", noise="clean", batch="t",
    pattern="stranger_watches_lone_female_farmhouse_at_night", relationship="stranger", occasions=4,
    text="""\
I live alone at Pant Glas, a farmhouse about a mile outside Rhayader. On four nights in November I have seen torchlight in the yard after midnight and a man standing by the barn looking at the bedroom window. The last time, on the 24th, he tried the back door handle. I have found footprints in the mud below the kitchen window. I am terrified that he is going to break in and attack me. I was terrified the first time I saw him as well and rang my brother. I now sleep at my brother's in the village most nights and I have had security lights and new locks put on.""",
    spans=[
        ("REPETITION", "On four nights in November"),
        ("STALK_WATCH", "a man standing by the barn looking at the bedroom window"),
        ("STALK_PROPERTY", "he tried the back door handle"),
        ("FEAR_OF_VIOLENCE", "I am terrified that he is going to break in and attack me"),
        ("FEAR_OF_VIOLENCE", "I was terrified the first time I saw him as well"),
        ("SERIOUS_IMPACT", "I now sleep at my brother's in the village most nights"),
        ("SERIOUS_IMPACT", "security lights and new locks put on"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="upper", noise="abbrev", batch="t",
    pattern="polish_couple_threatened_caravan_site_again", relationship="neighbour", occasions=2,
    text="""\
1932 RP MR PIOTR NOWAK, CARAVAN 7, RIVERSIDE PARK, NEWTOWN. MALE FROM CARAVAN 9 AT HIS DOOR AGAIN SHOUTING 'POLISH VERMIN, I'LL GUT YOU'. SAME MALE SAID HE'D SLIT HIS THROAT LAST SAT. RP AND WIFE VERY SCARED, BELIEVE HE WILL DO IT, FRIGHTENED LAST TIME TOO, HAVE PUT TABLE AGAINST DOOR. G1 - UNITS DEPLOYED.""",
    spans=[
        ("REPETITION", "AT HIS DOOR AGAIN"),
        ("RACIAL_HOSTILITY", "'POLISH VERMIN"),
        ("THREAT_VIOLENCE", "I'LL GUT YOU'"),
        ("THREAT_VIOLENCE", "HE'D SLIT HIS THROAT LAST SAT"),
        ("FEAR_OF_VIOLENCE", "VERY SCARED, BELIEVE HE WILL DO IT"),
        ("FEAR_OF_VIOLENCE", "FRIGHTENED LAST TIME TOO"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CFD",
    voice="vps", case="mixed", noise="clean", batch="t",
    pattern="former_business_partner_threats_victim_sells_van", relationship="business", occasions=3,
    text="""\
Since Gethin and I ended the building business, he has threatened me three times. Once at the builders' merchants in Porthmadog he said he would 'put me through the window'. Then at the petrol station he said he'd 'sort me out proper'. Both times I honestly expected him to hit me, and the third time on the phone I was shaking. I have stopped going to the merchants in town and I drive to Pwllheli for materials now. My wife says I am short with the kids.""",
    spans=[
        ("REPETITION", "threatened me three times"),
        ("THREAT_VIOLENCE", "he would 'put me through the window'"),
        ("THREAT_VIOLENCE", "he'd 'sort me out proper'"),
        ("FEAR_OF_VIOLENCE", "Both times I honestly expected him to hit me"),
        ("DISTRESS", "I was shaking"),
        ("SERIOUS_IMPACT", "stopped going to the merchants in town"),
    ],
)

case(
    40, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="t",
    pattern="reviewer_says_harassment_but_facts_stalking_racial", relationship="customer", occasions=5,
    text="""\
Insp review. Recorded as racially aggravated harassment, s.2. OIC's rationale: abuse only. Having read the IP's MG11 I think that undersells it. Customer (susp) barred from IP's Indian restaurant in Abergavenny has since: phoned the restaurant daily for 3 wks after being told not to (approx 40 calls), sat in his car opposite the restaurant at closing on at least 6 nights, and called IP 'curry muncher' and 'P***' in a review he posted under IP's name. IP has now closed Sunday evenings and no longer locks up alone. Recording to stay under review with the crime registrar.""",
    spans=[
        ("STALK_CONTACT", "phoned the restaurant daily for 3 wks after being told not to"),
        ("REPETITION", "approx 40 calls"),
        ("STALK_LOITER", "sat in his car opposite the restaurant at closing"),
        ("REPETITION", "on at least 6 nights"),
        ("RACIAL_HOSTILITY", "called IP 'curry muncher' and 'P***'"),
        ("STALK_PUBLISH", "a review he posted under IP's name"),
        ("SERIOUS_IMPACT", "has now closed Sunday evenings and no longer locks up alone"),
    ],
)

case(
    41, "no_offence", "",
    voice="crime_summary", case="mixed", noise="abbrev", batch="t",
    pattern="negated_contact_denies_messages_no_repetition", relationship="ex_partner", occasions=1,
    text="""\
IP reports ex-partner turned up once at the rugby club in Ystradgynlais on 5/5 and asked to talk, IP said no and he left. Susp denies any messages since and IP confirms no further contact since that date. IP just wanted it noted. No offences.""",
    spans=[
        ("STALK_TURN_UP", "turned up once at the rugby club in Ystradgynlais"),
    ],
)

case(
    42, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="t",
    pattern="parish_council_member_abusive_emails", relationship="acquaintance", occasions=4,
    text="""\
I am clerk to Llanfihangel Community Council. Following the meeting on 12th June where his planning objection was not upheld, Mr Barry Whitcombe has sent four emails to my personal address calling me 'corrupt', 'a useless jobsworth' and 'an idiot'. He has copied in other councillors. I am not frightened of him; I would simply like the emails to end. I have not replied to any of them.""",
    spans=[
        ("REPETITION", "four emails to my personal address"),
        ("UNWANTED", "calling me 'corrupt', 'a useless jobsworth' and 'an idiot'"),
    ],
)

case(
    43, "stalking", "CS",
    voice="updates", case="inconsistent", noise="typos", batch="t",
    pattern="former_pupil_follows_music_teacher_around_market_town", relationship="acquaintance", occasions=4,
    text="""\
06/02 PCSO 8022 WATKINS - IP (music teacher, Llandeilo) says a former pupil, now 20, keeps appearing wherever she goes - the co-op, the leisure centre, her choir at the Methodist chapel on thursdays. ip thinks he is Following her from home. Also sent her a letter saying he 'cant stop thinking about her'.
08/02 PCSO WATKINS - Spoke to choir leader, confirms the male has sat in the back of rehersals for the last 3 weeks. IP not scared, says he is 'harmless but wont leave me alone'.""",
    spans=[
        ("STALK_TURN_UP", "keeps appearing wherever she goes"),
        ("STALK_FOLLOW", "he is Following her from home"),
        ("FIXATION", "'cant stop thinking about her'"),
        ("STALK_LOITER", "sat in the back of rehersals for the last 3 weeks"),
        ("UNWANTED", "'harmless but wont leave me alone'"),
    ],
)

case(
    44, "stalking_fear_alarm_distress", "CSD",
    voice="crime_summary", case="lower", noise="abbrev", batch="t",
    pattern="ex_drones_and_cameras_victim_changes_job", relationship="ex_partner", occasions=4,
    text="""\
ip lives at isolated smallholding nr tregaron. ex partner flown drone over her property on 4 occ in march, filming her in the garden. also messaged her 'nice new hens' the day she bought them. ip has quit her part time job at the garden centre as she feels she 'cant be anywhere he doesnt see'. no fear of violence expressed.""",
    spans=[
        ("STALK_WATCH", "flown drone over her property"),
        ("REPETITION", "on 4 occ in march"),
        ("STALK_MONITOR", "messaged her 'nice new hens' the day she bought them"),
        ("SERIOUS_IMPACT", "has quit her part time job at the garden centre"),
        ("DISTRESS", "'cant be anywhere he doesnt see'"),
    ],
)
