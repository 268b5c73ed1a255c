# ruff: noqa: E501
"""Hand-written narratives, writer zf: interpreter-assisted and translated accounts, extended families, community pressure, victims from many countries."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="updates", case="mixed", noise="abbrev", batch="zf",
    pattern="romanian_ex_pleading_whatsapp_voice_notes_via_language_line", relationship="ex_partner", occasions=10,
    text="""\
UPDATE 14/03 1120 PC 4471
Spoke to IP Andreea with Romanian interp via LL (ID 2209), her English limited. She ended relationship with SUSP Marius in Jan after 4 yrs. Since then he has sent WhatsApp msgs nearly every day, also voice notes - interp read some out: "please come back", "I cant live without you", "give me one chance". Also sends photos of them together from before. IP has blocked two numbers, he uses a new number each time. No threats, he cries on the voice notes. She is tired and cannot sleep properly.
UPDATE 15/03 0900
SUSP messaged again at 0214 this morning "i know you still love me". Vol interview to be arranged.""",
    spans=[
        ('STALK_CONTACT', 'he has sent WhatsApp msgs'),
        ('REPETITION', 'nearly every day'),
        ('FIXATION', 'I cant live without you'),
        ('STALK_CONTACT', 'Also sends photos of them together from before'),
        ('UNWANTED', 'IP has blocked two numbers'),
        ('FIXATION', 'he uses a new number each time'),
        ('DISTRESS', 'cannot sleep properly'),
        ('STALK_CONTACT', 'SUSP messaged again at 0214 this morning'),
        ('FIXATION', 'i know you still love me'),
    ],
)

case(
    2, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="zf",
    pattern="polish_mother_abused_over_garden_fence_by_neighbour", relationship="neighbour", occasions=3,
    text="""\
CALLER (POLISH, HUSBAND TOOK PHONE PART WAY) STATES NEIGHBOUR AT NO 31 HAS AGAIN SHOUTED AT HER OVER THE BACK FENCE "FUCK OFF BACK TO POLAND YOU SCUM, THIS IS OUR COUNTRY". SAME MALE ON SAT AND ON WEDS LAST WEEK CALLED HER A "POLISH TART" AND TOLD HER TO "GET BACK IN YOUR SHED" IN FRONT OF THE KIDS. NO THREATS. NO DISPUTE, NEVER SPOKEN TO HIM. CALLER UPSET AND CRYING. RV REQUESTED, P3.""",
    spans=[
        ('REPETITION', 'AGAIN'),
        ('STALK_CONTACT', 'SHOUTED AT HER OVER THE BACK FENCE'),
        ('RACIAL_HOSTILITY', 'FUCK OFF BACK TO POLAND YOU SCUM, THIS IS OUR COUNTRY'),
        ('REPETITION', 'ON SAT AND ON WEDS LAST WEEK'),
        ('RACIAL_HOSTILITY', 'POLISH TART'),
        ('RACIAL_HOSTILITY', 'GET BACK IN YOUR SHED'),
        ('DISTRESS', 'CALLER UPSET AND CRYING'),
    ],
)

case(
    3, "harassment_fear_of_violence", "CFD",
    voice="dash_note", case="mixed", noise="abbrev", batch="zf",
    pattern="uncles_threaten_niece_over_relationship_honour_based_calls_only", relationship="family", occasions=3,
    text="""\
DASH completed with IP via Urdu interpreter (telephone, Language Line) - IP declined to use her cousin who was present, as cousin "talks to the family".
Risk: HIGH. Honour based abuse flagged.
IP (22) is in a relationship with a man her family do not approve of (different biradari). Her two paternal uncles, SUSP1 Tariq and SUSP2 Nadeem, both live in Bradford. Since IP told her mother about the relationship on 2/9 she has received calls from both uncles. 4/9 Tariq rang and said she has "put dirt on the family name" and that if she doesn't end it "we will break your legs and then see who wants you". 11/9 Nadeem left voice message: "you know what happens to girls like you. we will find you". Further WhatsApp from Tariq 13/9 saying family is "deciding what to do with you".
IP very frightened, believes they will hurt her, says an aunt was "taken back home" in 2016 and not seen since. She has left her flat and is staying in refuge since 14/9, has not been back to work.
Q. Has anyone come to the address? - No, only phone and messages.
FMU informed. Referral to IDVA.""",
    spans=[
        ("STALK_CONTACT", "she has received calls from both uncles"),
        ("THREAT_VIOLENCE", "we will break your legs and then see who wants you"),
        ("THREAT_VIOLENCE", "you know what happens to girls like you. we will find you"),
        ("STALK_CONTACT", "Further WhatsApp from Tariq 13/9"),
        ("FEAR_OF_VIOLENCE", "IP very frightened, believes they will hurt her"),
        ("SERIOUS_IMPACT", "She has left her flat and is staying in refuge since 14/9, has not been back to work"),
    ],
)

case(
    4, "no_offence", "R",
    voice="call_log", case="mixed", noise="abbrev", batch="zf",
    pattern="single_anti_polish_slur_in_supermarket_queue", relationship="stranger", occasions=1,
    text="""\
1712 Polish female caller, son translating. Male in queue at Aldi Fenton Rd shouted "speak English you dirty Polack" at her, then left in a white van. Never seen before, one-off. Caller shaken. CCTV req. Hate incident flagged.""",
    spans=[
        ('RACIAL_HOSTILITY', 'speak English you dirty Polack'),
        ('DISTRESS', 'Caller shaken'),
    ],
)

case(
    5, "aggravated_stalking_fear_alarm_distress", "CSRFD",
    voice="statement", case="mixed", noise="redacted", batch="zf",
    pattern="ex_husband_stalks_and_threatens_wife_after_conversion_to_christianity", relationship="ex_partner", occasions=5,
    text="""\
This statement was taken in Arabic through an interpreter (Mr H. Saleh, Language Line ref 88123) and read back to me in Arabic. It is true.

I was married to [NAME 1] for eleven years. We came to the UK together in 2019. I left him in May this year and I live now with my two children in a different town. In the summer I started going to a church and in September I was baptised. He found out from people in the community, I don't know who.

Since then he does not stop. He has come to the road where I live three times that I know of, he sits in his car near the bus stop and watches my door. On 2 October he followed me from the school gate to the Tesco and said to me in Arabic "you are a murtad, a dog, you are not a mother, people like you should be killed by their own family". On 19 October he sent a voice message saying "Christian whore, I will cut your throat myself and no one will blame me". He has also sent messages to my sister saying where I go each day, the times.

I believe he will kill me. I am not saying this to make it bigger. I have changed my children's school and I do not leave the house unless a friend drives me. I do not go to the church anymore because he knows it.""",
    spans=[
        ("STALK_TURN_UP", "He has come to the road where I live"),
        ("REPETITION", "three times that I know of"),
        ("STALK_WATCH", "sits in his car near the bus stop and watches my door"),
        ("STALK_FOLLOW", "he followed me from the school gate to the Tesco"),
        ("RELIGIOUS_HOSTILITY", "you are a murtad, a dog, you are not a mother"),
        ("THREAT_VIOLENCE", "people like you should be killed by their own family"),
        ("RELIGIOUS_HOSTILITY", "Christian whore"),
        ("THREAT_VIOLENCE", "I will cut your throat myself and no one will blame me"),
        ("STALK_MONITOR", "sent messages to my sister saying where I go each day, the times"),
        ("FEAR_OF_VIOLENCE", "I believe he will kill me"),
        ("SERIOUS_IMPACT", "I have changed my children's school"),
        ("SERIOUS_IMPACT", "I do not leave the house unless a friend drives me"),
        ("SERIOUS_IMPACT", "I do not go to the church anymore"),
    ],
)

case(
    6, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="zf",
    pattern="cousin_demands_visa_money_with_insulting_messages", relationship="family", occasions=20,
    text="""\
Crime summary: Between 03/06 and 21/06 the suspect, the victim's cousin, has sent her approx. 40 WhatsApp messages and made repeated calls, some late at night, demanding £3,000 he says the family paid towards her nursing visa. She disputes any money is owed. Messages in English and Yoruba (Yoruba ones checked on Language Line): "ungrateful witch", "you think you are better than us because you wear uniform". No threats of violence. She is stressed and embarrassed but working as normal. She asked him to stop in writing on 14/06; reply "I will stop when you pay".""",
    spans=[
        ('REPETITION', 'Between 03/06 and 21/06'),
        ('STALK_CONTACT', 'has sent her approx. 40 WhatsApp messages and made repeated calls, some late at night'),
        ('DISTRESS', 'She is stressed and embarrassed'),
        ('UNWANTED', 'She asked him to stop in writing on 14/06'),
    ],
)

case(
    7, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="zf",
    pattern="church_acquaintance_follows_eritrean_carer_she_moves_out", relationship="acquaintance", occasions=5,
    text="""\
my diary for police, the lady officer say write everything. my english is not good sorry.

sunday 4 feb - after church Yonas again he walk behind me to bus stop. i say him please go, he smile.
tuesday 6 - he is outside my work at the care home when i finish 8 oclock. he say "i wait for you only". i dont give him my number but he have it.
thursday 8 - 11 calls from him. i dont answer.
sat 10 - he walk behind me in market, when i stop he stop. my friend Selam see this.
sun 11 - i dont go church. first time in 6 year.
20 feb - i move to my cousin house in Leyton, i leave my room because he know where is. he dont say he will hurt me, never, but he look at me always like i am his. i am tired. i cannot sleep.""",
    spans=[
        ("REPETITION", "again"),
        ("STALK_FOLLOW", "he walk behind me to bus stop"),
        ("UNWANTED", "i say him please go, he smile"),
        ("STALK_TURN_UP", "he is outside my work at the care home when i finish"),
        ("FIXATION", "i wait for you only"),
        ("STALK_CONTACT", "11 calls from him"),
        ("STALK_FOLLOW", "he walk behind me in market, when i stop he stop"),
        ("SERIOUS_IMPACT", "i dont go church. first time in 6 year"),
        ("SERIOUS_IMPACT", "i move to my cousin house in Leyton, i leave my room because he know where is"),
        ("FIXATION", "he look at me always like i am his"),
        ("DISTRESS", "i cannot sleep"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="zf",
    pattern="syrian_resettled_family_threatened_with_arson_by_neighbour", relationship="neighbour", occasions=3,
    text="""\
MO / Summary: IP1 (father) and IP2 (mother) are Syrian nationals, resettled under VPRS, living at the address since 2022 with 3 children. IP1 speaks reasonable English, IP2 none - her account taken via Arabic interpreter on 17/4.
SUSP lives across the road. On 29/3 SUSP approached IP1 on the drive and said "you lot come here, take our houses, go back to Syria before I burn you out". On 6/4 SUSP shouted across the road at IP2 and the children "terrorist fucking Arabs" and made a throat-slitting gesture at IP2. On 15/4 SUSP again stood at end of drive and told IP1 "I meant what I said, one night you'll wake up on fire".
Both IPs state they are terrified SUSP will set fire to the house or attack them. IP2 no longer walks the children to school, family have applied to council for a move, smoke alarms fitted by fire service 16/4 and IP1 now sleeping downstairs.
SUSP arrested 17/4, no comment interview.""",
    spans=[
        ("RACIAL_HOSTILITY", "you lot come here, take our houses"),
        ("THREAT_VIOLENCE", "go back to Syria before I burn you out"),
        ("RACIAL_HOSTILITY", "terrorist fucking Arabs"),
        ("THREAT_VIOLENCE", "made a throat-slitting gesture at IP2"),
        ("REPETITION", "again"),
        ("THREAT_VIOLENCE", "one night you'll wake up on fire"),
        ("FEAR_OF_VIOLENCE", "terrified SUSP will set fire to the house or attack them"),
        ("SERIOUS_IMPACT", "IP2 no longer walks the children to school"),
        ("SERIOUS_IMPACT", "family have applied to council for a move"),
        ("SERIOUS_IMPACT", "IP1 now sleeping downstairs"),
    ],
)

case(
    9, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="clean", batch="zf",
    pattern="friend_reports_english_ex_mixing_begging_and_anti_polish_abuse", relationship="ex_partner", occasions=6,
    text="""\
Online report 22/11 from [NAME 2] for her friend Kasia W. (Polish, asked me to write it):
Kasia split from Dean in August. He won't accept it. He messages her nearly every day, sometimes 20 times, begging then abuse: "you polish slag, you were nothing before me", "go back to your own country and take your eastern european diseases with you", "I love you please babe one more chance". He turns up at the bakery where she works and sits in the cafe bit for an hour staring at her. Last week he left a bunch of flowers on her car with a note "mine forever". She isn't scared he'll hurt her, but she is stressed, crying at work. She just wants it to stop. Please text her.""",
    spans=[
        ('FIXATION', "He won't accept it"),
        ('STALK_CONTACT', 'He messages her'),
        ('REPETITION', 'nearly every day, sometimes 20 times'),
        ('RACIAL_HOSTILITY', 'you polish slag'),
        ('RACIAL_HOSTILITY', 'go back to your own country and take your eastern european diseases with you'),
        ('FIXATION', 'I love you please babe one more chance'),
        ('STALK_TURN_UP', 'He turns up at the bakery where she works'),
        ('STALK_WATCH', 'sits in the cafe bit for an hour staring at her'),
        ('STALK_GIFTS', 'left a bunch of flowers on her car with a note'),
        ('FIXATION', 'mine forever'),
        ('DISTRESS', 'she is stressed, crying at work'),
    ],
)

case(
    10, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="zf",
    pattern="parking_dispute_neighbour_photographs_lithuanian_family_van", relationship="neighbour", occasions=5,
    text="""\
MO: PARKING DISPUTE. SUSP (NO 14) HAS PHOTOGRAPHED VIC'S WORK VAN AND REG ON 5 OCCASIONS SINCE 1/5, TWICE FILMED VIC AND WIFE GETTING OUT. NOTES UNDER WIPER X3 ("NOT YOUR SPACE"). VIC (LITHUANIAN, VIA INTERP) SAYS ONLY ISSUE IS THE VAN, NOTHING ABOUT NATIONALITY. WIFE UPSET AT BEING FILMED. NO THREATS.""",
    spans=[
        ('STALK_WATCH', "PHOTOGRAPHED VIC'S WORK VAN AND REG"),
        ('REPETITION', 'ON 5 OCCASIONS SINCE 1/5'),
        ('STALK_WATCH', 'TWICE FILMED VIC AND WIFE GETTING OUT'),
        ('STALK_CONTACT', 'NOTES UNDER WIPER X3'),
        ('DISTRESS', 'WIFE UPSET AT BEING FILMED'),
    ],
)

case(
    11, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="zf",
    pattern="agency_foreman_threatens_polish_worker_after_wage_complaint", relationship="colleague", occasions=2,
    text="""\
Statement of Piotr N. - through Polish interpreter (Ms Kowal), read back to me in Polish.

I work at the packing unit on Kiln Lane through an agency. In March I complained I was not paid for 22 hours overtime. The foreman, Gary, found out. On 2 April he came to my station and said "you grassed me up, you keep your mouth shut or I'll break your jaw in the car park". Aivars from Latvia heard it. On 9 April in the smoking area he said "you still here? next time you won't walk home". I am afraid of him. He is a big man and knows which bus I take. I believe he will attack me. I still go to work, I need the money.""",
    spans=[
        ('THREAT_VIOLENCE', "you keep your mouth shut or I'll break your jaw in the car park"),
        ('THREAT_VIOLENCE', "next time you won't walk home"),
        ('FEAR_OF_VIOLENCE', 'I am afraid of him'),
        ('FEAR_OF_VIOLENCE', 'I believe he will attack me'),
    ],
)

case(
    12, "stalking", "CS",
    voice="notebook", case="lower", noise="abbrev", batch="zf",
    pattern="lithuanian_ex_turns_up_and_threatens_victim_not_scared", relationship="ex_partner", occasions=5,
    text="""\
pnb entry 0935 11/08 - attended [ADDRESS] re call from IP Rasa L. IP lithuanian, good english, no interp needed.
ex partner Tomas (sep approx 6 wks) has been coming to the flat most evenings since the split, knocks and shouts through letterbox for her to let him in, on 3/8 sat on the wall outside till 0200. sends msgs "you will regret leaving me", "ill smash your face if i see you with someone". IP laughed when i read this back - "he is all talk, he would never touch me, i am not scared of Tomas, i am angry". she wants him told to stay away. no changes to routine, still goes to gym etc.
pnc checked - nil violence markers. advised re DVPN / civil options.""",
    spans=[
        ("STALK_TURN_UP", "has been coming to the flat"),
        ("REPETITION", "most evenings since the split"),
        ("UNWANTED", "knocks and shouts through letterbox for her to let him in"),
        ("STALK_LOITER", "sat on the wall outside till 0200"),
        ("STALK_CONTACT", "sends msgs"),
        ("FIXATION", "you will regret leaving me"),
        ("THREAT_VIOLENCE", "ill smash your face if i see you with someone"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="typos", batch="zf",
    pattern="regular_customer_anti_muslim_abuse_at_bangladeshi_corner_shop", relationship="customer", occasions=6,
    text="""\
Caller Mr Rahman, Rahman Stores 118 Cobden St. Regular customer "Stevie", white male 50s, for the past month coming in 2-3 times a week making coments about his religion. Today 1540 said "you lot and your fucking pisslam, paedo prophet". Last wk put a bacon sandwich on the counter, "eat that you muzzie c**t". No threats. Caller calm, "used to it". CCTV availble.""",
    spans=[
        ('REPETITION', 'for the past month'),
        ('REPETITION', '2-3 times a week'),
        ('RELIGIOUS_HOSTILITY', 'you lot and your fucking pisslam, paedo prophet'),
        ('RELIGIOUS_HOSTILITY', 'put a bacon sandwich on the counter, "eat that you muzzie c**t"'),
    ],
)

case(
    14, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="zf",
    pattern="mutual_row_brothers_in_law_over_family_land_at_wedding", relationship="family", occasions=2,
    text="""\
Result: NFA - no offence disclosed.
Reported as harassment by Mr Imran A. against his brother-in-law Mr Sajid H. following a family argument at a wedding on 14/07 and a second argument on the phone the following day. Both parties interviewed (Mr A. via Urdu interpreter at his request, Mr H. in English). Both accept they shouted and swore at each other over a dispute about their late father-in-law's land near Mirpur. Each accuses the other of starting it and both make the same complaints of insults. Witnesses at the wedding describe "both of them going at it" and say relatives pulled them apart. No threats alleged by either. No contact since 15/07. Parties advised; family elders now mediating per Mr A. Closing.""",
    spans=[],
)

case(
    15, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zf",
    pattern="neighbour_watches_and_sends_anti_muslim_notes_family_changes_route", relationship="neighbour", occasions=6,
    text="""\
Supervisor review - Sgt 2290 Mallory, 03/02
Have reviewed this crime. Initially recorded as Public Order s.4A (single incident) - this is wrong. Reading IP's account (taken via Sylheti interpreter; the Bengali interpreter first booked could not understand her) there is a clear course:
- since Nov SUSP (no 9) stands at his front window and watches IP and the children every morning leaving for school, and he has been seen photographing them;
- 3 handwritten notes through the door (Dec, 8 Jan, 24 Jan): "PAKIS OUT", "NO MOSQUES ON THIS STREET", third had a picture of a pig;
- 20/1 he walked behind IP to the school gates muttering.
IP is a Bangladeshi Muslim woman. She now takes the children the long way round via Howard Rd so as not to pass his house, and has stopped using the front door - family use the back lane. She does not say he threatened her and I cannot see a threat in the notes.
Reclassify: racially/religiously aggravated stalking. OIC to arrange arrest, seize phone for the photos. Consider early CPS advice.""",
    spans=[
        ("STALK_WATCH", "stands at his front window and watches IP and the children"),
        ("REPETITION", "every morning leaving for school"),
        ("STALK_WATCH", "he has been seen photographing them"),
        ("STALK_CONTACT", "3 handwritten notes through the door"),
        ("REPETITION", "Dec, 8 Jan, 24 Jan"),
        ("RACIAL_HOSTILITY", "PAKIS OUT"),
        ("RELIGIOUS_HOSTILITY", "NO MOSQUES ON THIS STREET"),
        ("RELIGIOUS_HOSTILITY", "third had a picture of a pig"),
        ("STALK_FOLLOW", "he walked behind IP to the school gates muttering"),
        ("SERIOUS_IMPACT", "She now takes the children the long way round via Howard Rd"),
        ("SERIOUS_IMPACT", "has stopped using the front door"),
    ],
)

case(
    16, "stalking_fear_alarm_distress", "CSF",
    voice="call_log", case="mixed", noise="heavy", batch="zf",
    pattern="brazilian_ex_boyfriend_at_door_repeats_threat_to_kill", relationship="ex_partner", occasions=3,
    text="""\
2247 IP Fernanda (brazilian, portuguese spkr, eng v ltd - put thru to LL portuguese, interp 5561) reports ex bf Lucas at her door AGAIN banging + shouting. this is 3rd time this wk. shes locked in w/ baby. says he told her thru door "vou te matar" - interp confirms = "I will kill you". said same on sat 5/10 when he came to her work at the salon "if I cant have you no one will, I will kill you". IP v scared, crying, says she beleives he will do it. sep 2 mnths. no DVPN in place. units dispatched gr1. SUSP left on foot twrds park b4 arrival?? tbc""",
    spans=[
        ("STALK_TURN_UP", "ex bf Lucas at her door"),
        ("REPETITION", "AGAIN"),
        ("UNWANTED", "banging + shouting"),
        ("REPETITION", "this is 3rd time this wk"),
        ("THREAT_VIOLENCE", "vou te matar"),
        ("REPETITION", "said same on sat 5/10"),
        ("STALK_TURN_UP", "he came to her work at the salon"),
        ("FIXATION", "if I cant have you no one will"),
        ("THREAT_VIOLENCE", "I will kill you", 1),
        ("FEAR_OF_VIOLENCE", "IP v scared, crying, says she beleives he will do it"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CRF",
    voice="updates", case="mixed", noise="abbrev", batch="zf",
    pattern="youths_at_taxi_rank_racially_abuse_and_threaten_to_stab_driver", relationship="stranger", occasions=3,
    text="""\
Update 1 - 08/12 PC Okafor
IP is a private hire driver (Pakistani heritage, British national). Works the rank outside Kingsway station. Same group of 4-5 youths, one known to him as "Reece" (SUSP1), have targeted him on three nights: 28/11, 2/12 and 7/12. On 28/11 Reece spat at his windscreen and called him a "paki bomber". On 2/12 Reece said "we'll stab you up you terrorist cunt, one of these nights" and the group kicked the car doors. On 7/12 Reece leaned into the open window and said "told you, you're getting stabbed, paki" and showed what IP thought was a knife handle in his waistband.
Update 2 - 09/12
Spoke to IP again by phone. He says he is frightened for his life, he thinks they will stab him. Still working the rank, "I have no choice, I have bills". Station CCTV requested. SUSP1 ID'd via schools officer.""",
    spans=[
        ("REPETITION", "on three nights: 28/11, 2/12 and 7/12"),
        ("RACIAL_HOSTILITY", "paki bomber"),
        ("THREAT_VIOLENCE", "we'll stab you up"),
        ("RACIAL_HOSTILITY", "you terrorist cunt"),
        ("THREAT_VIOLENCE", "you're getting stabbed"),
        ("RACIAL_HOSTILITY", "paki", 1),
        ("THREAT_VIOLENCE", "showed what IP thought was a knife handle in his waistband"),
        ("FEAR_OF_VIOLENCE", "he is frightened for his life, he thinks they will stab him"),
    ],
)

case(
    18, "harassment", "C",
    voice="crime_summary", case="mixed", noise="clean", batch="zf",
    pattern="brother_in_law_three_voicemails_minutes_apart_demanding_return", relationship="family", occasions=3,
    text="""\
Summary: IP (Afghan, speaks Dari, interviewed via LL Dari interp 30/01) left the marital home 21/01 with her two children after DA by husband (separate crime ref). On 27/01 between 2104 and 2112 her husband's brother (SUSP) left her three voicemails, translated:
VM1 - "You have shamed our family in front of everyone. Come back to your husband's house tonight."
VM2 - "Everyone in Kabul is laughing at us. You are a disgrace, you have no honour."
VM3 - "Call me back. Do not make me call you again."
No threats of violence. IP does not think he would hurt her - "he is a talker". She is upset and ashamed. SUSP not an ex-partner; husband dealt with separately.""",
    spans=[
        ('REPETITION', 'between 2104 and 2112'),
        ('STALK_CONTACT', 'left her three voicemails'),
        ('STALK_CONTACT', 'You are a disgrace, you have no honour.'),
        ('DISTRESS', 'She is upset and ashamed'),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="mo_field", case="mixed", noise="abbrev", batch="zf",
    pattern="neighbour_watches_photographs_and_posts_about_afghan_family_online", relationship="neighbour", occasions=6,
    text="""\
MO: Over approx 6 wks susp has fixated on IP's family (Afghan, arrived 2022, Muslim). Susp regularly sits in parked car opposite the address and watches the house; photographs IP, wife and children coming and going; posted those photos on local Facebook group "Hatfield Community Watch" with captions "Taliban family moved in on Oak Close - lock up your daughters" and "more of them arriving, breeding like rats, ban islam". Susp also sent IP a FB message "I see everything you do". IP (Dari, interp used) upset and embarrassed, wife reluctant to go out but still does the school run. No threat made.""",
    spans=[
        ("REPETITION", "Over approx 6 wks"),
        ("STALK_WATCH", "sits in parked car opposite the address and watches the house"),
        ("STALK_WATCH", "photographs IP, wife and children coming and going"),
        ("STALK_PUBLISH", "posted those photos on local Facebook group"),
        ("RACIAL_HOSTILITY", "Taliban family moved in on Oak Close - lock up your daughters"),
        ("RELIGIOUS_HOSTILITY", "breeding like rats, ban islam"),
        ("STALK_CONTACT", "sent IP a FB message"),
        ("FIXATION", "I see everything you do"),
        ("DISTRESS", "upset and embarrassed"),
    ],
)

case(
    20, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="redacted", batch="zf",
    pattern="host_familys_adult_son_twice_threatens_ukrainian_guest", relationship="acquaintance", occasions=2,
    text="""\
Referral from Homes for Ukraine team, [COUNCIL], 11 July. Guest Olena (34), placed with host family at [ADDRESS] with her son since April. We spoke partly via Google Translate, confirmed by a Ukrainian-speaking colleague.
The host's adult son [NAME], who lives in the annex, has twice threatened her: about 20 June, after she asked him to turn music down at 1am, "speak to me like that again and I'll knock your teeth out"; 8 July, blocking the hallway, "I'm warning you, I'll hurt you and no one will believe you". She is afraid he will hit her when the hosts are out. Nothing said about her nationality. Requests rematch urgently. Passed to police with her consent.""",
    spans=[
        ('REPETITION', 'twice'),
        ('THREAT_VIOLENCE', "speak to me like that again and I'll knock your teeth out"),
        ('THREAT_VIOLENCE', "I'll hurt you and no one will believe you"),
        ('FEAR_OF_VIOLENCE', 'She is afraid he will hit her when the hosts are out'),
    ],
)

case(
    21, "aggravated_harassment", "CRD",
    voice="judgment", case="mixed", noise="clean", batch="zf",
    pattern="car_wash_coworker_anti_romanian_abuse_victim_changes_job", relationship="colleague", occasions=10,
    text="""\
Sentencing remarks (summary), District Judge Harlow, Northfield Magistrates' Court, 4 March.

Mr Dobson, you have pleaded guilty to racially aggravated harassment. Mr Ionescu is Romanian and worked alongside you at the hand car wash on Mill Road. For about five weeks last autumn you called him a "gypsy thief" and a "Romanian rat" almost every shift, in front of customers and the other workers, told him to "go back to stealing in Bucharest", and on one occasion hid his wallet and said "see, now you know how it feels". He gave evidence with the help of a Romanian interpreter. He told me he tried to ignore it, but in the end he handed in his notice and took a lower-paid job in a warehouse an hour's bus ride away, so that he would not have to see you. There was no threat of violence and I sentence you on that basis. The harm is nonetheless real, and the hostility is plain from your own words. The sentence is 12 weeks' imprisonment suspended for 12 months, 150 hours' unpaid work and £500 compensation.""",
    spans=[
        ("REPETITION", "For about five weeks last autumn"),
        ("RACIAL_HOSTILITY", "gypsy thief"),
        ("RACIAL_HOSTILITY", "Romanian rat"),
        ("REPETITION", "almost every shift"),
        ("RACIAL_HOSTILITY", "go back to stealing in Bucharest"),
        ("STALK_PROPERTY", "hid his wallet"),
        ("SERIOUS_IMPACT", "he handed in his notice and took a lower-paid job in a warehouse an hour's bus ride away"),
    ],
)

case(
    22, "stalking", "CS",
    voice="crime_summary", case="mixed", noise="redacted", batch="zf",
    pattern="ex_breaches_non_molestation_order_at_hotel_workplace", relationship="ex_partner", occasions=2,
    text="""\
Breach of NMO / stalking. VIC [NAME 1], Portuguese, housekeeper at [HOTEL]. SUSP [NAME 2], ex-partner, NMO 14/03 - no contact, not to attend home or work.
22/04 0730 SUSP waited in the staff car park of [HOTEL] and approached VIC, "just wanted to talk". 03/05 SUSP came into the hotel lobby, asked reception for VIC by name and left a letter for her ("I still love you, the order is a mistake, meet me"). CCTV + duty manager stmt. VIC (stmt via Portuguese interp) says she feels shaken and let down, still working as normal. No threats.""",
    spans=[
        ('STALK_LOITER', 'SUSP waited in the staff car park of [HOTEL]'),
        ('STALK_TURN_UP', 'SUSP came into the hotel lobby, asked reception for VIC by name'),
        ('STALK_CONTACT', 'left a letter for her'),
        ('FIXATION', 'I still love you, the order is a mistake, meet me'),
        ('DISTRESS', 'she feels shaken and let down'),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="statement", case="mixed", noise="clean", batch="zf",
    pattern="delivery_driver_follows_rejected_ukrainian_worker_abuse_and_threats", relationship="acquaintance", occasions=8,
    text="""\
Witness statement of Iryna S., taken by PC 3301 Dunne with Ukrainian interpreter Mr Bondar present. Read over to me in Ukrainian.

I met the man I know as Craig at the factory where I work, he is a delivery driver there. In January he asked me out and I said no, I have a husband in Ukraine, he is in the army. Craig said "your husband is probably dead already".
After that he started waiting near the factory gate at the end of my shift, three or four times each week. He follows me to the tram stop. Once he got on the same tram and stood next to me all the way to Eccles. On 14 February he said to me on the platform "you Ukrainians come here for free houses and free money, you owe me, and if you say no to me again you will get hurt". On 28 February he grabbed my arm and said "next time I will not ask, I will take you in my van and no one will find you".
I am very afraid. I think he will hurt me or rape me. I cannot sleep, I look behind me always.""",
    spans=[
        ("STALK_LOITER", "he started waiting near the factory gate at the end of my shift"),
        ("REPETITION", "three or four times each week"),
        ("STALK_FOLLOW", "He follows me to the tram stop"),
        ("STALK_FOLLOW", "got on the same tram and stood next to me all the way to Eccles"),
        ("RACIAL_HOSTILITY", "you Ukrainians come here for free houses and free money"),
        ("THREAT_VIOLENCE", "if you say no to me again you will get hurt"),
        ("THREAT_VIOLENCE", "I will take you in my van and no one will find you"),
        ("FEAR_OF_VIOLENCE", "I am very afraid. I think he will hurt me or rape me"),
        ("DISTRESS", "I cannot sleep, I look behind me always"),
    ],
)

case(
    24, "no_offence", "",
    voice="result_note", case="inconsistent", noise="abbrev", batch="zf",
    pattern="letting_agent_arrears_letters_and_notified_inspection_reported_by_syrian_tenant", relationship="landlord", occasions=5,
    text="""\
RESULT - NO CRIME. Reported by Mr Khaled M. (Arabic speaker, account given via his son aged 19 and confirmed by telephone interp) as harassment by his landlord's agents, Brightmove Lettings. Enquiries show: 3 letters re rent arrears of £1,840 (Jan, Feb, Mar), one Section 8 notice served by post, and ONE inspection visit on 2/3 with 48 hrs written notice, attended by two staff who were polite per Mr M. himself. No abusive content, no visits without notice. This is lawful contact for the purpose of recovering rent. Mr M. is worried about losing the home and is anxious - referred to Shelter, council housing options, and CAB re UC housing element (appears not claimed since move). Letting agent spoken to, happy to send future letters in Arabic too. NFA.""",
    spans=[
        ("DISTRESS", "is worried about losing the home and is anxious"),
    ],
)

case(
    25, "stalking_fear_alarm_distress", "CSD",
    voice="dash_note", case="mixed", noise="abbrev", batch="zf",
    pattern="nigerian_ex_husband_tracks_via_church_and_waits_at_hospital_she_changes_job", relationship="ex_partner", occasions=6,
    text="""\
DASH risk identification - completed 19/09 by DC Ahmed. IP: Mrs Chiamaka O. (41), Igbo and English speaker, no interpreter needed.
Q1 Current injury? No.
Q2 Frightened? "Not of him hitting me. Of him never stopping."
Q3 What are you afraid of? "That he will never leave me alone and my children will see."
Q4 Isolated? Says church community have taken his side, aunties ringing her to "go back to your husband".
Q10 Separation? Yes, Feb this year.
Q13 Stalking/harassment? YES - ex-husband phones her sister and church members to ask where she is; on 4 occasions since June he has been at the gates of the hospital where she worked as a cleaner when she came off nights; came to her flat 31/08 and left a bag of food on the step with a card "we are still one flesh". She has since left that job and started at a different hospital on days, has not told anyone in the community where.
Q14 Threats to kill? No.
Risk: MEDIUM.""",
    spans=[
        ("DISTRESS", "That he will never leave me alone and my children will see."),
        ("STALK_MONITOR", "ex-husband phones her sister and church members to ask where she is"),
        ("REPETITION", "on 4 occasions since June"),
        ("STALK_LOITER", "he has been at the gates of the hospital where she worked as a cleaner when she came off nights"),
        ("STALK_TURN_UP", "came to her flat 31/08"),
        ("STALK_GIFTS", "left a bag of food on the step with a card"),
        ("FIXATION", "we are still one flesh"),
        ("SERIOUS_IMPACT", "She has since left that job and started at a different hospital on days"),
    ],
)

case(
    26, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="notebook", case="mixed", noise="abbrev", batch="zf",
    pattern="warehouse_coworker_anti_lithuanian_abuse_and_repeated_threats", relationship="colleague", occasions=4,
    text="""\
PNB 26/10 1410 Unit 7 Brookfield Ind Est.
Spoke to IP Darius K (Lithuanian). Lithuanian interp on speaker via LL, IP's English basic.
IP says co-worker "Big Mick" (SUSP, ID'd by HR as Michael Harte) has been on at him since start of Sept. Calls him "Lithuanian scum", "dirty Eastern Euro". 5/10 at the lockers SUSP said "I'm going to do you in, you foreign prick". 19/10 on forklift bay said "I meant it, you'll go home in a box". Today SUSP walked past him and drew finger across throat.
IP states he is "very afraid, this man will hurt me". He now waits inside for his brother to collect him so he is not alone at the bus stop.
HR manager Ms Cole present, says SUSP suspended pending investigation. SUSP not on site.""",
    spans=[
        ("REPETITION", "since start of Sept"),
        ("RACIAL_HOSTILITY", "Lithuanian scum"),
        ("RACIAL_HOSTILITY", "dirty Eastern Euro"),
        ("THREAT_VIOLENCE", "I'm going to do you in"),
        ("RACIAL_HOSTILITY", "you foreign prick"),
        ("THREAT_VIOLENCE", "you'll go home in a box"),
        ("THREAT_VIOLENCE", "drew finger across throat"),
        ("FEAR_OF_VIOLENCE", "very afraid, this man will hurt me"),
        ("SERIOUS_IMPACT", "He now waits inside for his brother to collect him so he is not alone at the bus stop"),
    ],
)

case(
    27, "harassment", "C",
    voice="statement", case="mixed", noise="clean", batch="zf",
    pattern="cousins_husband_demands_money_threatens_brother_abroad_victim_unafraid", relationship="family", occasions=10,
    text="""\
Statement (Tigrinya interpreter via Language Line video) - Mr Dawit G.

Yohannes is married to my cousin and lives in Coventry. He says I owe him £2,000 for a room he gave me for two weeks in 2020. Since Christmas he sends me messages on Viber many times, maybe 30 or 40, and he calls me when I am at college, calling me thief, liar, shame to the family. On 10 January he wrote that his people in Khartoum know where my younger brother stays and "something will happen to him if you do not pay". I told him stop. He still sends.
Am I afraid for me? No. He will not come to Leeds, he will not touch me. I worry for my brother only. I want police to tell him to stop.""",
    spans=[
        ('REPETITION', 'Since Christmas'),
        ('STALK_CONTACT', 'he sends me messages on Viber many times, maybe 30 or 40'),
        ('STALK_CONTACT', 'he calls me when I am at college'),
        ('UNWANTED', 'I told him stop. He still sends.'),
    ],
)

case(
    28, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="zf",
    pattern="former_customer_runs_multiple_accounts_racially_abusing_nigerian_braider", relationship="online", occasions=10,
    text="""\
Summary: VIC, 29, Nigerian national, runs a hair braiding business from home and advertises on Instagram and TikTok. Between 02/08 and 30/09 an account "@truthaboutbola" and at least 7 further accounts (created each time VIC blocked the previous one) have posted comments under almost all of VIC's posts and sent her DMs. Content includes "jungle bunny", "go back to Lagos and take your fake hair and your monkey kids", and pictures of bananas. The accounts also left reviews on her Google business page calling her a "dirty African scammer". On 21/09 one of the accounts posted a photo of VIC's front door captioned "look where the monkey lives". Meta disclosure identifies the subscriber as SUSP, a former customer who had a dispute with VIC over a £60 refund in July.
VIC says it has made her anxious and tearful and she checks her phone constantly, but she has kept the business going and changed nothing - "I will not let them win".""",
    spans=[
        ("REPETITION", "Between 02/08 and 30/09"),
        ("FIXATION", "created each time VIC blocked the previous one"),
        ("STALK_CONTACT", "posted comments under almost all of VIC's posts and sent her DMs"),
        ("RACIAL_HOSTILITY", "jungle bunny"),
        ("RACIAL_HOSTILITY", "go back to Lagos and take your fake hair and your monkey kids"),
        ("RACIAL_HOSTILITY", "pictures of bananas"),
        ("STALK_PUBLISH", "left reviews on her Google business page"),
        ("RACIAL_HOSTILITY", "dirty African scammer"),
        ("STALK_PUBLISH", "one of the accounts posted a photo of VIC's front door"),
        ("RACIAL_HOSTILITY", "look where the monkey lives"),
        ("DISTRESS", "it has made her anxious and tearful"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CF",
    voice="call_log", case="mixed", noise="abbrev", batch="zf",
    pattern="takeaway_customer_twice_threatens_chinese_owner_over_refund", relationship="customer", occasions=2,
    text="""\
1953 Mrs Li Wei, owner Golden Dragon takeaway, 4 High St, via LL Mandarin (ID 7720). Male customer in again tonight re refund for Fri order, she refused; he leant over counter - "I'll be back for you, I'll rip your head off". Fri night same male said "give me my money or I'll smash you and this shop". She is very frightened he will come back and hurt her. No racial comments, "he is angry about money". Known as "Darren", neck tattoo. Units to attend.""",
    spans=[
        ('REPETITION', 'in again tonight'),
        ('THREAT_VIOLENCE', "I'll be back for you, I'll rip your head off"),
        ('THREAT_VIOLENCE', "give me my money or I'll smash you and this shop"),
        ('FEAR_OF_VIOLENCE', 'She is very frightened he will come back and hurt her'),
    ],
)

case(
    30, "stalking", "CS",
    voice="supervisor_review", case="upper", noise="abbrev", batch="zf",
    pattern="ex_husband_uses_nephews_to_watch_syrian_ex_wife_and_texts_her_movements", relationship="ex_partner", occasions=6,
    text="""\
SGT REVIEW 22/06: CRIME ORIGINALLY CLOSED BY PC 1190 AS "NO OFFENCE - RELATIVES JUST VISITING AREA". I DISAGREE AND HAVE REOPENED.
IP (SYRIAN, ARABIC, INTERP USED EACH TIME) DIVORCED FROM SUSP SINCE 2023 (RELIGIOUS AND CIVIL). SINCE MARCH SUSP'S TWO NEPHEWS HAVE BEEN OUTSIDE HER FLAT, AT THE MOSQUE AND AT HER ESOL CLASS ON AT LEAST 6 DATES; EACH TIME WITHIN THE HOUR SUSP TEXTS HER DETAILS - "WHY WERE YOU AT THE COLLEGE WITH THAT MAN", "NICE BLUE COAT TODAY", "YOU WENT TO ALDI AT 3". SUSP LIVES IN BIRMINGHAM, IP IN CARDIFF - THE NEPHEWS ARE CLEARLY ACTING FOR HIM. MSGS ALSO REPEATEDLY ASK HER TO REMARRY HIM, "YOU ARE STILL MY WIFE IN GOD'S EYES". NO THREATS. IP DISTRESSED, SAYS SHE FEELS "WATCHED LIKE A PRISONER", BUT STILL GOES OUT AS NORMAL AND ATTENDS CLASS.
COURSE OF CONDUCT BY EX-PARTNER, PARTLY VIA OTHERS = S.2A STALKING. NO F/D. ACTION: OIC TO TRACE NEPHEWS, CONSIDER SPO.""",
    spans=[
        ("STALK_WATCH", "SUSP'S TWO NEPHEWS HAVE BEEN OUTSIDE HER FLAT, AT THE MOSQUE AND AT HER ESOL CLASS"),
        ("REPETITION", "ON AT LEAST 6 DATES"),
        ("STALK_MONITOR", "EACH TIME WITHIN THE HOUR SUSP TEXTS HER DETAILS"),
        ("FIXATION", "MSGS ALSO REPEATEDLY ASK HER TO REMARRY HIM"),
        ("FIXATION", "YOU ARE STILL MY WIFE IN GOD'S EYES"),
        ("DISTRESS", 'IP DISTRESSED, SAYS SHE FEELS "WATCHED LIKE A PRISONER"'),
    ],
)

case(
    31, "aggravated_harassment", "CR",
    voice="mo_field", case="mixed", noise="abbrev", batch="zf",
    pattern="regular_passenger_racially_abuses_nigerian_bus_driver", relationship="customer", occasions=4,
    text="""\
MO - regular passenger, route 47, on 4 occasions over 3 wks (10/3, 14/3, 22/3, 29/3) racially abused IP (driver, black, Nigerian): "monkey", "you can't even speak English, go back to the bush", "black bastard". No threats. Depot CCTV. IP "fed up and upset".""",
    spans=[
        ('REPETITION', 'on 4 occasions over 3 wks (10/3, 14/3, 22/3, 29/3)'),
        ('RACIAL_HOSTILITY', 'monkey'),
        ('RACIAL_HOSTILITY', "you can't even speak English, go back to the bush"),
        ('RACIAL_HOSTILITY', 'black bastard'),
        ('DISTRESS', 'fed up and upset'),
    ],
)

case(
    32, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="redacted", batch="zf",
    pattern="coursemate_fixates_on_chinese_student_online_and_at_halls_she_moves", relationship="acquaintance", occasions=6,
    text="""\
From: Student Wellbeing Service, [UNIVERSITY] - Re: Student A (international student from China)
Writing with her consent; we spoke partly in Mandarin. Since November a male student on her course has sent her Instagram and WeChat requests from several accounts after she blocked him, comments on every photo she posts, and twice sent long messages saying they are "meant to be". He posted photos of her taken in the library, without her knowledge, on his story with hearts. Last week he turned up at her accommodation block and waited in the foyer until security removed him. No threats. She has stopped attending in-person lectures, we moved her to a different hall on 12 Feb, and she has deleted her Instagram. Tearful every meeting.""",
    spans=[
        ('REPETITION', 'Since November'),
        ('STALK_CONTACT', 'has sent her Instagram and WeChat requests'),
        ('FIXATION', 'from several accounts after she blocked him'),
        ('STALK_CONTACT', 'comments on every photo she posts'),
        ('STALK_CONTACT', 'twice sent long messages'),
        ('FIXATION', 'meant to be'),
        ('STALK_PUBLISH', 'He posted photos of her taken in the library, without her knowledge'),
        ('STALK_TURN_UP', 'he turned up at her accommodation block and waited in the foyer'),
        ('SERIOUS_IMPACT', 'She has stopped attending in-person lectures'),
        ('SERIOUS_IMPACT', 'we moved her to a different hall on 12 Feb'),
        ('SERIOUS_IMPACT', 'she has deleted her Instagram'),
        ('DISTRESS', 'Tearful every meeting'),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="vps", case="mixed", noise="redacted", batch="zf",
    pattern="landlord_racially_abuses_and_threatens_eritrean_lodger_who_moves_out", relationship="landlord", occasions=3,
    text="""\
VICTIM PERSONAL STATEMENT - Mr Samuel H. (made with a Tigrinya interpreter, Ms Abraha)

I want the court to know how this has been for me. I rented a room from Mr [NAME] from last summer. When I asked him to repair the heating in November, he changed. He called me "black monkey" and "African parasite" and said people like me should be "sent back on the boats". In December he came to my room at night and said "I will break your bones, you black b******, and put you in the river". In January he said it again at the front door with his brother next to him, "remember what I said about the river".
I was in a prison in Libya before I came here. I know what men do when they say this. I was afraid every night that he would come in and beat me. I put a chair under the door handle and I slept with my shoes on. Now I live in a hostel. I do not trust landlords. I am still afraid when I see a white van like his. I would like him to stay away from me.""",
    spans=[
        ("RACIAL_HOSTILITY", "black monkey"),
        ("RACIAL_HOSTILITY", "African parasite"),
        ("RACIAL_HOSTILITY", "sent back on the boats"),
        ("THREAT_VIOLENCE", "I will break your bones"),
        ("RACIAL_HOSTILITY", "you black b******"),
        ("REPETITION", "he said it again"),
        ("THREAT_VIOLENCE", "remember what I said about the river"),
        ("FEAR_OF_VIOLENCE", "I was afraid every night that he would come in and beat me"),
        ("SERIOUS_IMPACT", "I put a chair under the door handle and I slept with my shoes on"),
        ("SERIOUS_IMPACT", "Now I live in a hostel"),
    ],
)

case(
    34, "aggravated_stalking_fear_alarm_distress", "CSRD",
    voice="updates", case="mixed", noise="abbrev", batch="zf",
    pattern="hostel_resident_loiters_at_eritrean_womans_door_racist_notes_she_is_moved", relationship="neighbour", occasions=8,
    text="""\
14/01 1030 Update - PC Harris
Attended [HOSTEL] with Tigrinya interp (telephone). VIC, 23, Eritrean, resident 4 months. Male resident in room 12 (SUSP, 40s) has since early Dec:
 - stood outside her door at night (staff CCTV shows him there 5 nights in Dec, 3 in Jan, up to 40 mins each time)
 - followed her to the laundry room and kitchen, always sits where he can see her
 - left notes under her door, 3 kept by VIC: "you people bring disease", "black bitch go back to africa", "I know when you sleep"
VIC says "he is always there, always looking".
16/01 Update
Housing provider has moved VIC to a different hostel across town at her request; she has had to change ESOL college as a result. SUSP arrested today, interview booked.
19/01 Update
SUSP interviewed: admits notes, says "just a joke". Denies following.""",
    spans=[
        ("STALK_LOITER", "stood outside her door at night"),
        ("REPETITION", "5 nights in Dec, 3 in Jan, up to 40 mins each time"),
        ("STALK_FOLLOW", "followed her to the laundry room and kitchen"),
        ("STALK_WATCH", "always sits where he can see her"),
        ("STALK_CONTACT", "left notes under her door"),
        ("RACIAL_HOSTILITY", "you people bring disease"),
        ("RACIAL_HOSTILITY", "black bitch go back to africa"),
        ("FIXATION", "I know when you sleep"),
        ("FIXATION", "he is always there, always looking"),
        ("SERIOUS_IMPACT", "Housing provider has moved VIC to a different hostel across town"),
        ("SERIOUS_IMPACT", "she has had to change ESOL college"),
    ],
)

case(
    35, "harassment", "C",
    voice="vps", case="mixed", noise="typos", batch="zf",
    pattern="neighbour_homophobic_abuse_of_brazilian_married_couple_on_stairs", relationship="neighbour", occasions=10,
    text="""\
Victim personal statement - Rafael C.

I am from São Paulo, I live in this building with my husband three years. I write this myself, sorry for my English.
Since the new man move in to flat 6 in the spring, he have been shouting at us in the stairs, "Fucking queers", "faggots get out of my building". Maybe ten times, I have dates in my phone, worst was 18 May, 2 June, 30 June. One time he put a paper on our door with a drawing of two men, very disgusting. He never say nothing about Brazil, only about us being gay.
I feel like a stranger in my own home. I am nervous when I hear his door. We dont want to move, this is our home.""",
    spans=[
        ('REPETITION', 'Since the new man move in to flat 6 in the spring'),
        ('STALK_CONTACT', 'he have been shouting at us in the stairs'),
        ('REPETITION', 'Maybe ten times'),
        ('REPETITION', '18 May, 2 June, 30 June'),
        ('STALK_CONTACT', 'put a paper on our door with a drawing of two men'),
        ('DISTRESS', 'I feel like a stranger in my own home. I am nervous when I hear his door'),
    ],
)

case(
    36, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="zf",
    pattern="two_partner_rows_seven_months_apart_with_reconciliation", relationship="partner", occasions=2,
    text="""\
Review DS Okoro 08/11. PC Lam asks to record as harassment - declined. IP (Vietnamese, via interp) describes two rows with partner Minh, with whom she still lives: March, about money he sent to family in Nghe An, he sent her a string of angry messages that evening calling her selfish; she stayed at her sister's a week, went back in April, "normal, good" all summer, holiday in Vietnam together Aug. Then 2 Nov, he shouted at her over a friend's birthday. Seven months apart with reconciliation between = no course of conduct. DA non-crime, DASH standard.""",
    spans=[
        ('STALK_CONTACT', 'he sent her a string of angry messages that evening'),
        ('STALK_CONTACT', 'he shouted at her'),
    ],
)

case(
    37, "aggravated_stalking", "CSR",
    voice="updates", case="inconsistent", noise="abbrev", batch="zf",
    pattern="man_sends_fake_orders_watches_shop_and_posts_racist_notes_to_chinese_owner", relationship="stranger", occasions=11,
    text="""\
UPDATE 1 (PC 5512 HILL, 03/03): IP Mrs Zhang, owner of Zhang's Oriental Supermarket, Cantonese speaker. First account through her nephew, written statement with Cantonese interp 05/03.
Since New Year: 6 takeaway orders and 2 taxis sent to shop address in her name, cash on delivery, none ordered by her. Also someone signed her up to 3 dating sites with the shop phone number. On 3 occasions the same white male seen on shop CCTV standing across the road for 20-30 mins watching the shop. Notes put through shop letterbox after closing: "chinky virus bitch", "ching chong go home", "eat dog elsewhere".
update 2 (09/03): deliveroo account traced - registered to SUSP, Albert Terrace (2 streets away). same male as on CCTV.
UPDATE 3 (10/03): IP says she is "stressed, not sleeping" but shop stays open normal hours, nothing changed. No threats ever made. SUSP to be arrested.""",
    spans=[
        ("REPETITION", "Since New Year"),
        ("STALK_ORDERS", "6 takeaway orders and 2 taxis sent to shop address in her name"),
        ("STALK_ORDERS", "signed her up to 3 dating sites with the shop phone number"),
        ("REPETITION", "On 3 occasions"),
        ("STALK_WATCH", "standing across the road for 20-30 mins watching the shop"),
        ("STALK_CONTACT", "Notes put through shop letterbox after closing"),
        ("RACIAL_HOSTILITY", "chinky virus bitch"),
        ("RACIAL_HOSTILITY", "ching chong go home"),
        ("RACIAL_HOSTILITY", "eat dog elsewhere"),
        ("DISTRESS", "stressed, not sleeping"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="zf",
    pattern="former_business_partner_repeats_threat_to_cut_over_buyout_money", relationship="business", occasions=3,
    text="""\
Crime summary. IP and SUSP, both Bangladeshi, ran a phone repair shop together in Whitechapel until IP bought SUSP out in May; SUSP says he was underpaid £8k. 16/07 SUSP came to the shop and told IP in Bengali, in front of W1 (nephew), "give me my money or I will cut you, I will put you in the hospital". IP says SUSP has said it again twice since, by phone approx 25/07 and outside the mosque early Aug, "the same words, cut me, hospital". IP is frightened he will be attacked, "he has a bad temper". Money dispute only. IP not changing anything.""",
    spans=[
        ('THREAT_VIOLENCE', 'give me my money or I will cut you, I will put you in the hospital'),
        ('REPETITION', 'SUSP has said it again twice since'),
        ('THREAT_VIOLENCE', 'the same words, cut me, hospital'),
        ('FEAR_OF_VIOLENCE', 'IP is frightened he will be attacked'),
    ],
)

case(
    39, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="zf",
    pattern="salon_customer_fixates_on_vietnamese_nail_technician_gifts_and_waiting", relationship="customer", occasions=8,
    text="""\
CALLER: MISS NGUYEN THI HOA, WORKS AT LUXE NAILS, 22 MARKET ST. ENGLISH BASIC, COLLEAGUE (MISS TRAN) HELPING ON PHONE.
MALE CUSTOMER APPROX 50, NAME "PAUL", HAD NAILS DONE ONCE IN SEPT. SINCE THEN COMES INTO SALON 2-3 TIMES A WEEK ASKING ONLY FOR HOA, WILL NOT LET ANYONE ELSE DO HIS HANDS. BRINGS HER CHOCOLATES AND PERFUME, LEFT A RING IN A BOX LAST WK WITH NOTE "MY WIFE ONE DAY". HOA HAS TOLD HIM SHE HAS A BOYFRIEND, SHE DOES NOT WANT. TODAY HE WAITED OUTSIDE FROM 1700 TILL SHE FINISHED AT 1900 AND WALKED BEHIND HER TO THE BUS. NO THREATS. CALLER UPSET AND SCARED BUT STILL DOING NORMAL SHIFTS. WANTS POLICE TO SPEAK TO HIM.""",
    spans=[
        ("STALK_TURN_UP", "COMES INTO SALON"),
        ("REPETITION", "2-3 TIMES A WEEK"),
        ("FIXATION", "ASKING ONLY FOR HOA, WILL NOT LET ANYONE ELSE DO HIS HANDS"),
        ("STALK_GIFTS", "BRINGS HER CHOCOLATES AND PERFUME"),
        ("STALK_GIFTS", "LEFT A RING IN A BOX LAST WK"),
        ("FIXATION", "MY WIFE ONE DAY"),
        ("UNWANTED", "HOA HAS TOLD HIM SHE HAS A BOYFRIEND, SHE DOES NOT WANT"),
        ("STALK_LOITER", "HE WAITED OUTSIDE FROM 1700 TILL SHE FINISHED AT 1900"),
        ("STALK_FOLLOW", "WALKED BEHIND HER TO THE BUS"),
        ("DISTRESS", "CALLER UPSET AND SCARED"),
    ],
)

case(
    40, "aggravated_harassment", "CR",
    voice="victim_diary", case="inconsistent", noise="typos", batch="zf",
    pattern="housemate_anti_chinese_remarks_and_group_chat_messages", relationship="acquaintance", occasions=5,
    text="""\
record of what happen (for PC Evans)

12 Oct - Jack (housemate) in kitchen say "dont cook your bat soup here, we dont want covid again". other two laugh. I go to my room.
15 Oct - message in house group chat from Jack, photo of my cooking with "chinese lab leak lol"
20 Oct - Jack knock my door, when I open he pull his eyes and say "ching chong" and walk away.
23 Oct - group chat again, he write "can we vote the chink out". he delete after 1 hour but I have screenshot.
28 Oct - in hallway he say "go home to Xi"

I still go to lectures and still cook in kitchen. But I feel not welcome in my own house. my mother in Chengdu worry for me. I want it stop, I pay rent same as them.""",
    spans=[
        ("RACIAL_HOSTILITY", "dont cook your bat soup here, we dont want covid again"),
        ("STALK_CONTACT", "message in house group chat from Jack"),
        ("RACIAL_HOSTILITY", "chinese lab leak lol"),
        ("RACIAL_HOSTILITY", 'he pull his eyes and say "ching chong"'),
        ("REPETITION", "group chat again"),
        ("RACIAL_HOSTILITY", "can we vote the chink out"),
        ("RACIAL_HOSTILITY", "go home to Xi"),
        ("DISTRESS", "I feel not welcome in my own house"),
    ],
)

case(
    41, "aggravated_harassment_fear_of_violence", "CRFD",
    voice="statement", case="mixed", noise="clean", batch="zf",
    pattern="rival_market_stallholder_abuses_and_repeatedly_threatens_vietnamese_trader", relationship="business", occasions=4,
    text="""\
Statement of Pham Thi Lan, through Vietnamese interpreter (Mr Do, in person, 14/08).

I have a stall at Ashfield Sunday Market selling phone covers for two years. In June a new man took the stall next to me, he sells the same things. From the first week he is angry with me. He says "you slit-eyed cunts come here and steal our trade" and "boat people", and he says to me in front of customers "nobody buy from the Chinky". I am from Vietnam, not China, but this is not important to him.
On 7 July when I was packing the van he came close to my face and said "if you're here next week I'll break your fucking arm". I was there the next week. On 14 July he said "I told you, you're going to get hurt, you and your husband". On 4 August he said the same again and spat on the ground by my feet.
I am afraid of this man. I think he will hit me or hurt me with something. My husband now comes with me every Sunday, before I went alone. I have lost money because I pack up early at 2pm so I am not there when he packs up.""",
    spans=[
        ("RACIAL_HOSTILITY", "you slit-eyed cunts come here and steal our trade"),
        ("RACIAL_HOSTILITY", "boat people"),
        ("RACIAL_HOSTILITY", "nobody buy from the Chinky"),
        ("THREAT_VIOLENCE", "if you're here next week I'll break your fucking arm"),
        ("THREAT_VIOLENCE", "I told you, you're going to get hurt, you and your husband"),
        ("REPETITION", "he said the same again"),
        ("FEAR_OF_VIOLENCE", "I am afraid of this man. I think he will hit me or hurt me with something"),
        ("SERIOUS_IMPACT", "My husband now comes with me every Sunday, before I went alone"),
        ("SERIOUS_IMPACT", "I pack up early at 2pm so I am not there when he packs up"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSFD",
    voice="judgment", case="mixed", noise="clean", batch="zf",
    pattern="ex_partner_gps_tracker_and_threats_ukrainian_victim_moves_to_refuge", relationship="ex_partner", occasions=7,
    text="""\
R v Kowalczuk - extract from sentencing remarks, HHJ Pemberton, Crown Court at Lewes.

Mr Kowalczuk, please stand. You changed your plea on the morning the jury was to be sworn, so the credit you earn is small: one tenth, no more.

The complainant, Ms Kovalenko, came to this country from Kharkiv in 2022. She gave her account at the factual hearing through a Ukrainian interpreter and did so with real dignity. You and she were in a relationship for about a year. When she ended it in October 2023 you would not accept it. You hid a GPS tracker under the wheel arch of her car; it was found by a mechanic in December. In the weeks before that you appeared, as if by chance, at the supermarket, at her son's football, at her English class. You sent her messages telling her which roads she had driven on. On 18 November you told her on the phone "if I see you with another man I will kill you both". On 2 December, outside her flat, you said "remember what I told you, I am not joking". I accept that she was terrified. She moved with her son to a refuge in another county, and he changed school in the middle of the year. She has lost the community she had begun to build here, for the second time in two years.

Nothing in this case concerns her nationality, and the prosecution rightly did not suggest otherwise. This is high culpability stalking and the harm is at the top of the scale. I have read the pre-sentence report. You express regret, but mostly for yourself. You will go to prison for thirty-two months. I also make an indefinite restraining order protecting her and her son.""",
    spans=[
        ("FIXATION", "you would not accept it"),
        ("STALK_MONITOR", "You hid a GPS tracker under the wheel arch of her car"),
        ("STALK_TURN_UP", "you appeared, as if by chance, at the supermarket, at her son's football, at her English class"),
        ("STALK_MONITOR", "You sent her messages telling her which roads she had driven on"),
        ("THREAT_VIOLENCE", "if I see you with another man I will kill you both"),
        ("THREAT_VIOLENCE", "remember what I told you, I am not joking"),
        ("FEAR_OF_VIOLENCE", "she was terrified"),
        ("SERIOUS_IMPACT", "She moved with her son to a refuge in another county"),
        ("SERIOUS_IMPACT", "he changed school in the middle of the year"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSRF",
    voice="dash_note", case="mixed", noise="abbrev", batch="zf",
    pattern="english_ex_tracks_vietnamese_ex_partner_racial_abuse_and_death_threats", relationship="ex_partner", occasions=8,
    text="""\
DASH - IP: Nguyen Thi Mai, 31. Interp: Vietnamese, telephone (LL 3348). SUSP: ex-partner Lee B., 38, separated 6 wks.
Current situation: SUSP has been sending 30+ msgs a day, mix of begging and abuse - "you gook whore, I paid for you", "you belong to me, you were nothing in Vietnam". Turned up at her nail bar job 3 times last wk. She thinks he has her Find My iPhone login as he knows where she is - told her "I saw you at Lidl with your slant-eyed mate".
Threats: 12/05 "I will kill you before I let you go". 19/05 voice note "you are dead, you hear me, dead".
Q: Are you very frightened? - "Yes. He will kill me. He did strangle me before." (prev DA 2022, NFA)
Q: Stopped doing anything? - Still working, "I need to send money home".
Risk HIGH. MARAC referral. TAS marker on address.""",
    spans=[
        ("STALK_CONTACT", "SUSP has been sending"),
        ("REPETITION", "30+ msgs a day"),
        ("RACIAL_HOSTILITY", "you gook whore"),
        ("FIXATION", "you belong to me"),
        ("RACIAL_HOSTILITY", "you were nothing in Vietnam"),
        ("STALK_TURN_UP", "Turned up at her nail bar job"),
        ("REPETITION", "3 times last wk"),
        ("STALK_MONITOR", "he has her Find My iPhone login as he knows where she is"),
        ("RACIAL_HOSTILITY", "slant-eyed"),
        ("THREAT_VIOLENCE", "I will kill you before I let you go"),
        ("THREAT_VIOLENCE", "you are dead, you hear me, dead"),
        ("FEAR_OF_VIOLENCE", "Yes. He will kill me"),
    ],
)

case(
    44, "aggravated_stalking", "CSR",
    voice="notebook", case="lower", noise="abbrev", batch="zf",
    pattern="ex_partner_breaches_restraining_order_anti_roma_abuse_single_threat_no_fear", relationship="ex_partner", occasions=5,
    text="""\
nb 02/04 2215 - called to [ADDRESS], flat 3. ip florina d. (romanian roma, speaks romanian + some english, neighbour mrs popa translated at scene, full statement w/ interp to follow).
susp = ex-partner gareth m., restraining order (harrogate mc, feb) not to contact or go to the street.
ip says susp has come to the street 3 times since mid-march, stands by the bins looking up at her window. tonight banged on the door shouting "open up you dirty gypsy, you thieving pikey". last week he texted "you people are animals, you will never get rid of me". tonight also said "ill fucking batter you" - only threat she can ever recall. ip says she is not scared, "i know him, he is drunk, he goes", just wants him kept away.
susp located at end of street, arrested breach ro. intox.""",
    spans=[
        ("STALK_TURN_UP", "susp has come to the street"),
        ("REPETITION", "3 times since mid-march"),
        ("STALK_WATCH", "stands by the bins looking up at her window"),
        ("UNWANTED", "banged on the door"),
        ("RACIAL_HOSTILITY", "open up you dirty gypsy, you thieving pikey"),
        ("STALK_CONTACT", "last week he texted"),
        ("RACIAL_HOSTILITY", "you people are animals"),
        ("FIXATION", "you will never get rid of me"),
        ("THREAT_VIOLENCE", "ill fucking batter you"),
    ],
)
