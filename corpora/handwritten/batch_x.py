# ruff: noqa: E501
"""Hand-written narratives, writer x: hostility, and race or religion without hostility."""

from corpora.handwritten import case

case(
    1, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="x",
    pattern="neighbour_repeated_antipolish_abuse_over_fence", relationship="neighbour", occasions=3,
    text="""\
IP Mrs Agnieszka WOJCIK (38) reports her next door neighbour Dean FARRANT (50s) has on three occasions since 02/06 shouted abuse at her over the rear fence while she hangs washing. On 02/06 susp called her a 'dirty Polish scrounger' and told her to 'go back to where you came from'. On 14/06 and again 21/06 similar comments made, incl 'you lot are ruining this street'. IP's husband W1 present on 21/06 and heard it. No threats. IP says it is upsetting but she is not scared of him. Susp not yet spoken to. Bin dispute between the parties 2024 - see CAD 1132 of 03/09/24, closed NFA.""",
    spans=[
        ("RACIAL_HOSTILITY", "'dirty Polish scrounger'"),
        ("RACIAL_HOSTILITY", "'go back to where you came from'"),
        ("REPETITION", "on three occasions since 02/06"),
        ("REPETITION", "again 21/06"),
        ("RACIAL_HOSTILITY", "'you lot are ruining this street'"),
        ("DISTRESS", "it is upsetting"),
    ],
)

case(
    2, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="x",
    pattern="ex_turns_up_at_gurdwara_and_work", relationship="ex_partner", occasions=4,
    text="""\
1912 CLR IS IP HARPREET KAUR SANDHU. STATES EX-P JASVIR BAINS KEEPS TURNING UP WHERE SHE IS. SAT GONE TO GURDWARA ON ST ANNS RD WITH HER MUM AND HE WAS STOOD OUTSIDE BY THE GATES WHEN THEY CAME OUT. ALSO OUTSIDE HER WORK (BOOTS, HIGH ST) TUES AND WEDS AT FINISH TIME. MESSAGES FROM NEW NUMBERS AFTER SHE BLOCKED HIM - 'JUST WANT TO TALK'. SEP 6 WEEKS AGO.
1914 IP NOT FRIGHTENED OF HIM AS SUCH, 'HES NEVER BEEN VIOLENT' BUT WANTS IT TO STOP.
1920 THRIVE - STANDARD. NO WEAPONS. G3 APPT BOOKED FOR 0930 TOMORROW.""",
    spans=[
        ("STALK_TURN_UP", "KEEPS TURNING UP WHERE SHE IS"),
        ("STALK_LOITER", "HE WAS STOOD OUTSIDE BY THE GATES"),
        ("STALK_TURN_UP", "OUTSIDE HER WORK (BOOTS, HIGH ST) TUES AND WEDS AT FINISH TIME"),
        ("STALK_CONTACT", "MESSAGES FROM NEW NUMBERS AFTER SHE BLOCKED HIM"),
    ],
)

case(
    3, "no_offence", "R",
    voice="updates", case="mixed", noise="abbrev", batch="x",
    pattern="single_islamophobic_outburst_on_bus_no_repeat", relationship="stranger", occasions=1,
    text="""\
Update 11/03 PC 4471 HUSSEY: Reviewed CCTV from the no. 38 bus (ref exhibit RH/1). Shows unknown white male approx 60 board at the Market Sq stop, sit opposite IP Ms Safiya RAHMAN who is wearing a niqab. At 1542 he leans across and says something, IP states it was 'take that off, you're not in Pakistan now' and called her a terrorist. He gets off two stops later. IP shaken, went home rather than to her appointment. Male not known to IP and she has not seen him before or since. Public order offence considered - crime recorded separately. No course of conduct. Enquiries with operator re: Oyster/contactless data ongoing.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "'take that off, you're not in Pakistan now'"),
        ("RELIGIOUS_HOSTILITY", "called her a terrorist"),
        ("DISTRESS", "IP shaken"),
    ],
)

case(
    4, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="mixed", noise="clean", batch="x",
    pattern="shopkeeper_threatened_repeatedly_anti_asian", relationship="customer", occasions=3,
    text="""\
I run the convenience store at 14 Larkhill Parade with my brother. I am of Bangladeshi heritage and have lived in Ferrybridge for twenty years. The man I know as Kyle has been coming in since around Easter. The first time, on a Thursday about 8pm, he threw a can of lager on the counter and said "you people want to be careful, we'll burn this place down with you in it". I was very frightened. I thought he meant it.

About a week later he came back with another lad and said "still here, P***?" and told me he knew where I lived and I would get "a kicking". After that I made my brother stay with me at closing because I truly believed he would attack me when I locked up.

On Saturday 10th May he stood at the till and drew his finger across his throat and said "soon". I was shaking. I honestly think he is going to hurt me.""",
    spans=[
        ("THREAT_VIOLENCE", "we'll burn this place down with you in it"),
        ("RACIAL_HOSTILITY", "you people want to be careful"),
        ("FEAR_OF_VIOLENCE", "I was very frightened. I thought he meant it."),
        ("RACIAL_HOSTILITY", "\"still here, P***?\""),
        ("THREAT_VIOLENCE", "I would get \"a kicking\""),
        ("FEAR_OF_VIOLENCE", "I truly believed he would attack me when I locked up"),
        ("THREAT_VIOLENCE", "drew his finger across his throat"),
        ("FEAR_OF_VIOLENCE", "I honestly think he is going to hurt me"),
    ],
)

case(
    5, "harassment", "C",
    voice="mo_field", case="upper", noise="abbrev", batch="x",
    pattern="colleague_abusive_texts_interpreter_used", relationship="colleague", occasions=5,
    text="""\
SUSP (WORK COLLEAGUE) SENT IP 5 ABUSIVE TXTS OVER 2 WKS FOLL DISAGREEMENT RE SHIFT ROTA - 'USELESS COW', 'EVERYONE HATES YOU'. IP ROMANIAN NATIONAL, STATEMENT TAKEN VIA INTERPRETER (BIG WORD). IP UPSET.""",
    spans=[
        ("REPETITION", "5 ABUSIVE TXTS OVER 2 WKS"),
        ("UNWANTED", "'USELESS COW', 'EVERYONE HATES YOU'"),
        ("DISTRESS", "IP UPSET"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="x",
    pattern="online_admirer_tracks_victim_mosque_attendance_moved", relationship="online", occasions=6,
    text="""\
I understand this statement may be read in court. Since I first got the messages from the account calling itself "Yusuf_watching" I have not been the same person. I am a practising Muslim and the mosque on Fenwick Road used to be the place I felt safest. He knew what time I went for Jummah and commented on what coat I had been wearing, so I know he was there watching me. I have stopped going to that mosque and now travel forty minutes to pray somewhere else. I changed my number twice. My father fitted a camera above the door. I had to tell my manager and I now work from home three days a week because I cannot face the walk to the station. I do not sleep properly.""",
    spans=[
        ("FIXATION", "He knew what time I went for Jummah"),
        ("STALK_WATCH", "commented on what coat I had been wearing"),
        ("SERIOUS_IMPACT", "I have stopped going to that mosque"),
        ("SERIOUS_IMPACT", "I changed my number twice"),
        ("SERIOUS_IMPACT", "My father fitted a camera above the door"),
        ("SERIOUS_IMPACT", "I now work from home three days a week"),
        ("DISTRESS", "I do not sleep properly"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="third_party", case="lower", noise="typos", batch="x",
    pattern="traveller_family_watched_and_photographed_by_resident", relationship="neighbour", occasions=4,
    text="""\
caller is a support worker from the gypsy and traveller liaison service calling on behalf of the Lee family at the Ashdown Lane site. says a local man, thinks his name is graham or grant, has been parking up in the layby oposite the site most evenings this last fortnight and takeing photos of the kids and the caravans. he has put some of the pics on a facebook group called 'Save Ashdown' with comments like 'pikeys breeding again' and 'lock up your sheds'. mrs lee has spoken to him once and he said 'i'll watch who i like, its a free country'. family not scared of him as such but fed up. caller has screenshots.""",
    spans=[
        ("STALK_LOITER", "parking up in the layby oposite the site most evenings"),
        ("STALK_WATCH", "takeing photos of the kids and the caravans"),
        ("STALK_PUBLISH", "put some of the pics on a facebook group"),
        ("RACIAL_HOSTILITY", "'pikeys breeding again'"),
        ("RACIAL_HOSTILITY", "'lock up your sheds'"),
        ("STALK_WATCH", "'i'll watch who i like, its a free country'"),
    ],
)

case(
    8, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="x",
    pattern="brother_in_law_threats_over_inheritance", relationship="family", occasions=2,
    text="""\
MONDAY 17/02/2025. 1405 attended 22 Cedar Walk, Oldbury re report of threats. Spoke to Mr Ravi PATEL (44) in kitchen. States his brother-in-law Sunil DESAI phoned him on 12/02 and said "I WILL BREAK YOUR LEGS IF YOU SELL THAT HOUSE". Mr PATEL "did not sleep, thought he would come round". Then 15/02 DESAI stood on the drive shouting "YOU'RE A DEAD MAN". Mr PATEL locked the door and rang 999, states "I thought he was going to batter me". Dispute re late father's estate. Mr PATEL calm at time of visit. MG11 to follow.""",
    spans=[
        ("THREAT_VIOLENCE", "\"I WILL BREAK YOUR LEGS IF YOU SELL THAT HOUSE\""),
        ("FEAR_OF_VIOLENCE", "thought he would come round"),
        ("THREAT_VIOLENCE", "\"YOU'RE A DEAD MAN\""),
        ("FEAR_OF_VIOLENCE", "\"I thought he was going to batter me\""),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="x",
    pattern="antisemitic_fixated_stalker_of_rabbi_threats", relationship="stranger", occasions=7,
    text="""\
Sgt 2207 review 04/12: Have read the OIC's enquiry log. Susp Martin KEANE has now been seen outside the synagogue on Brook Rd on at least 7 occasions since Sept, usually Sat mornings, standing across the road photographing the IP (Rabbi Daniel LEVY) as he arrives. Emails to the shul office addressed to IP personally refer to him as a 'Zionist parasite' and say 'your kind will get what's coming'. On 28/11 susp followed IP on foot to his home address. IP tells OIC he is genuinely frightened he will be attacked and on the 2nd occasion he saw the susp he turned back and went home. Course of conduct made out, susp fixated. OIC to update DASH/S-DASH and arrange Osman-style safety advice. Agree classification. Arrest plan by Fri.""",
    spans=[
        ("STALK_LOITER", "seen outside the synagogue on Brook Rd"),
        ("REPETITION", "on at least 7 occasions since Sept"),
        ("STALK_WATCH", "photographing the IP (Rabbi Daniel LEVY) as he arrives"),
        ("RELIGIOUS_HOSTILITY", "'Zionist parasite'"),
        ("THREAT_VIOLENCE", "'your kind will get what's coming'"),
        ("STALK_FOLLOW", "followed IP on foot to his home address"),
        ("FEAR_OF_VIOLENCE", "genuinely frightened he will be attacked"),
        ("FEAR_OF_VIOLENCE", "he turned back and went home"),
        ("FIXATION", "susp fixated"),
    ],
)

case(
    10, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="x",
    pattern="council_enforcement_letters_to_halal_butcher", relationship="business", occasions=3,
    text="""\
Result: No crime. The complainant, Mr Tariq MAHMOOD, owner of a halal butcher on Dale Street, felt the council's environmental health team were picking on him after three inspection letters and one unannounced visit in a month. I have spoken to the council officer. The visits follow a customer complaint about refrigeration and are routine; the same letters went to two other shops on the parade. No comment about the complainant's religion or background was made by anyone. This is lawful regulatory activity. Advised Mr MAHMOOD of the council complaints route. Closed.""",
    spans=[],
)

case(
    11, "stalking", "CS",
    voice="dash_note", case="mixed", noise="abbrev", batch="x",
    pattern="ex_husband_tracks_via_shared_location_nigerian_interpreter_no_hostility", relationship="ex_partner", occasions=5,
    text="""\
DASH completed with IP Blessing OKAFOR - STANDARD (6 ticks). Q8 YES: ex-husband Emeka still has her location via an old Google account, turns up at Tesco & the church on Sundays (Redeemed Christian Church, Mill Lane) when she is there. Texts daily 'where are you now'. IP 'annoyed more than scared'. No violence in relationship. No threats. Children contact via court order - legit contact re kids excluded. Advice given re account security.""",
    spans=[
        ("STALK_MONITOR", "still has her location via an old Google account"),
        ("STALK_TURN_UP", "turns up at Tesco & the church on Sundays"),
        ("STALK_CONTACT", "Texts daily 'where are you now'"),
    ],
)

case(
    12, "harassment", "C",
    voice="victim_diary", case="mixed", noise="typos", batch="x",
    pattern="neighbour_insults_sikh_victim_no_hostility", relationship="neighbour", occasions=4,
    text="""\
Tues 4th - Gary at no.9 shouted 'fat lazy git' when i put bins out. wife saw.
Fri 7th - note through door 'learn to park you muppet'. kept it in a sandwich bag.
Sun 9th - came back from gurdwara about 1pm, Gary revving his car right next to my window for 20 mins and laughing.
Weds 12th - same again, swearing at me 'your a joke, everyone on this road laughs at you'. Rang 101 ref 0455.
Feeling fed up, stressed. Not scared of him.""",
    spans=[
        ("UNWANTED", "shouted 'fat lazy git'"),
        ("UNWANTED", "note through door 'learn to park you muppet'"),
        ("UNWANTED", "revving his car right next to my window for 20 mins"),
        ("REPETITION", "same again"),
        ("UNWANTED", "'your a joke, everyone on this road laughs at you'"),
        ("DISTRESS", "Feeling fed up, stressed"),
    ],
)

case(
    13, "aggravated_harassment", "CDR",
    voice="judgment", case="mixed", noise="clean", batch="x",
    pattern="landlord_abuse_of_asylum_seeker_tenants_retold", relationship="landlord", occasions=4,
    text="""\
The appellant let rooms in a house in Wensley Road to three men who had been granted refugee status after arriving from Eritrea. Between January and March 2023 he attended the property on four occasions, ostensibly to collect rent, and on each occasion addressed the tenants in terms the recorder described as plainly hostile: he called them "boat people", "illegals" and said that "your sort" were "a drain on this country". On the last occasion he added that he would "get the Home Office on you". The rent was in fact paid by the local authority directly. The complainant gave evidence that he began to avoid the house during the day, sleeping at a friend's flat, and that he had seen his GP for low mood. There was no threat of violence and the recorder rightly did not treat the case as one of fear of violence.""",
    spans=[
        ("REPETITION", "on four occasions"),
        ("RACIAL_HOSTILITY", "\"boat people\", \"illegals\""),
        ("RACIAL_HOSTILITY", "\"your sort\" were \"a drain on this country\""),
        ("UNWANTED", "\"get the Home Office on you\""),
        ("SERIOUS_IMPACT", "began to avoid the house during the day, sleeping at a friend's flat"),
        ("SERIOUS_IMPACT", "seen his GP for low mood"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSFD",
    voice="updates", case="mixed", noise="heavy", batch="x",
    pattern="ex_follows_victim_in_car_fear_and_moved", relationship="ex_partner", occasions=5,
    text="""\
21/01 1130 PC 6623 - TT IP Chloe BRENNAN, she confirms susp Liam O'ROURKE (ex, split Nov) followed her in his blue Astra frm nursery to Aldi on 18/01 & again 20/01. IP states she "really thought he was going to run me off the road". prev DA on file, 2 x assaults 2023.
22/01 IP rang in distressed - susp parked outside mum's addr whr she is now staying (IP has left the flat on Curzon St as "cant be there, he has a key cut i bet"). Says she is terrified he'll hurt her, "he's done it before".
23/01 OIC - CCTV requested from Aldi car park. Locksmith referral via Sanctuary scheme. Flag on addr.""",
    spans=[
        ("STALK_FOLLOW", "followed her in his blue Astra frm nursery to Aldi"),
        ("REPETITION", "again 20/01"),
        ("FEAR_OF_VIOLENCE", "\"really thought he was going to run me off the road\""),
        ("STALK_LOITER", "susp parked outside mum's addr"),
        ("SERIOUS_IMPACT", "IP has left the flat on Curzon St"),
        ("FEAR_OF_VIOLENCE", "terrified he'll hurt her"),
    ],
)

case(
    15, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="x",
    pattern="road_rage_driver_returns_with_threats_description_includes_ethnicity", relationship="acquaintance", occasions=3,
    text="""\
The IP, a taxi driver, reports that a male he knows only as "Baz" from the rank at Victoria Street, described as a white British male in his 30s with a Leeds accent, has threatened him three times over a disputed fare. On 3 April Baz told him "I'll stab you next time I see you". The IP says he was scared enough to stop working nights that week. On 9 April Baz walked up to his cab window and said "you're getting it" and punched the roof. The IP says "I genuinely thought he had a knife on him and was going to do me". On 16 April a further verbal threat was made in front of other drivers. The IP is of Kurdish origin and speaks good English; no comments about his background have been made.""",
    spans=[
        ("REPETITION", "threatened him three times"),
        ("THREAT_VIOLENCE", "\"I'll stab you next time I see you\""),
        ("FEAR_OF_VIOLENCE", "scared enough to stop working nights that week"),
        ("THREAT_VIOLENCE", "\"you're getting it\""),
        ("FEAR_OF_VIOLENCE", "\"I genuinely thought he had a knife on him and was going to do me\""),
        ("THREAT_VIOLENCE", "a further verbal threat"),
    ],
)

case(
    16, "aggravated_harassment_fear_of_violence", "CFR",
    voice="call_log", case="inconsistent", noise="abbrev", batch="x",
    pattern="youths_target_hijabi_woman_repeatedly_threats", relationship="stranger", occasions=3,
    text="""\
2241 clr Mrs Nadia BEGUM states group of 3-4 youths AGAIN outside her house on Clifton Rd, 3rd time this week. Tonight banged on window shouting "ALLAHU AKBAR BOOM" and "we'll rip that thing off your head and set you on fire". Clr crying, says she is sure they are going to hurt her, has moved kids into back bedroom.
2243 Prev log 2218 of mon: same group, threw egg at door, shouted "go home muzzie". CLR said then she was petrified they would attack her when she went out.
2245 G1 assigned. THRIVE high - vulnerable, repeat, hate crime flag.""",
    spans=[
        ("REPETITION", "3rd time this week"),
        ("RELIGIOUS_HOSTILITY", "\"ALLAHU AKBAR BOOM\""),
        ("THREAT_VIOLENCE", "\"we'll rip that thing off your head and set you on fire\""),
        ("FEAR_OF_VIOLENCE", "sure they are going to hurt her"),
        ("RELIGIOUS_HOSTILITY", "\"go home muzzie\""),
        ("FEAR_OF_VIOLENCE", "petrified they would attack her"),
    ],
)

case(
    17, "stalking", "CS",
    voice="statement", case="mixed", noise="clean", batch="x",
    pattern="customer_fixated_on_pharmacist_gifts_and_fake_profile", relationship="customer", occasions=6,
    text="""\
I am a pharmacist at the Lowther Road branch. The man, who I now know is called Nathan GREER, first came in for a prescription in February. Since then he has come in at least once a week, sometimes three times, and asks for me by name even when another pharmacist is free. He has left flowers on the counter twice and a card saying "we're meant to be together, I know you feel it". In April I found he had made an Instagram account using my first name and photos of me taken through the shop window. My manager has banned him. I am not frightened of him but I find it very odd and I wanted it on record.""",
    spans=[
        ("STALK_TURN_UP", "come in at least once a week, sometimes three times"),
        ("FIXATION", "asks for me by name even when another pharmacist is free"),
        ("STALK_GIFTS", "left flowers on the counter twice"),
        ("FIXATION", "\"we're meant to be together, I know you feel it\""),
        ("STALK_PUBLISH", "made an Instagram account using my first name"),
        ("STALK_WATCH", "photos of me taken through the shop window"),
    ],
)

case(
    18, "no_offence", "",
    voice="updates", case="lower", noise="abbrev", batch="x",
    pattern="mutual_row_between_neighbours_both_abusive_nationality_mentioned", relationship="neighbour", occasions=2,
    text="""\
spoke to both parties. mr kowalski (polish nat, good english) and mr dobbs both say the other started it over the hedge. both admit swearing at each other on sat and again sun. dobbs says kowalski called him a 'fat nonce', kowalski says dobbs called him a 'tosser'. nothing said by either re nationality. both told to keep apart, civil boundary issue, adv re mediation. nfa.""",
    spans=[],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="x",
    pattern="ex_colleague_emails_and_loiters_anti_black_slurs", relationship="colleague", occasions=6,
    text="""\
EX COLLEAGUE LOITERED O/S IP'S OFFICE X4 & SENT 11 EMAILS FROM NEW A/CS AFTER BLOCKED. EMAILS CONTAIN RACIAL SLURS ('MONKEY', 'N****R') & REFS TO IP'S HAIR. IP 'FED UP' NOT SCARED.""",
    spans=[
        ("STALK_LOITER", "LOITERED O/S IP'S OFFICE X4"),
        ("STALK_CONTACT", "SENT 11 EMAILS FROM NEW A/CS AFTER BLOCKED"),
        ("RACIAL_HOSTILITY", "RACIAL SLURS ('MONKEY', 'N****R')"),
        ("DISTRESS", "'FED UP'"),
    ],
)

case(
    20, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="x",
    pattern="daughter_reports_abusive_calls_to_elderly_father_church_mentioned", relationship="acquaintance", occasions=6,
    text="""\
Caller is the daughter of the IP, Mr Winston CLARKE (79). Says a man from her father's old darts team keeps phoning him late at night calling him a "senile old fool" and a "thief" over money from a 2019 club trip. Six calls in a fortnight. Her dad is upset and has stopped answering the landline. He is a deacon at St Barnabas and the vicar noticed he seemed low on Sunday. No threats made that she knows of.""",
    spans=[
        ("UNWANTED", "phoning him late at night calling him a \"senile old fool\" and a \"thief\""),
        ("REPETITION", "Six calls in a fortnight"),
        ("DISTRESS", "Her dad is upset"),
    ],
)

case(
    21, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="mixed", noise="typos", batch="x",
    pattern="romanian_family_watched_and_property_damaged_changed_routine", relationship="neighbour", occasions=5,
    text="""\
3 March - man from flat 2 stood at the bottom of the stairs watching me take Ana to school. said 'romanian gypos should be in a camp'.
6 March - tyre on my car let down. he was laughing at the window.
10 March - found he had been going through our post, envelopes opened and left on the mat.
14 March - he followed me to the bus stop and stood behind me not saying anything.
17 March - he wrote 'PIKEYS OUT' on our door in marker.
I now take Ana to school by taxi which I cant afford and I have asked work to change my shifts so I am not home alone in the evening. We have put a chain and a second lock on the door.""",
    spans=[
        ("STALK_WATCH", "stood at the bottom of the stairs watching me"),
        ("RACIAL_HOSTILITY", "'romanian gypos should be in a camp'"),
        ("STALK_PROPERTY", "tyre on my car let down"),
        ("STALK_MONITOR", "going through our post, envelopes opened"),
        ("STALK_FOLLOW", "he followed me to the bus stop"),
        ("RACIAL_HOSTILITY", "wrote 'PIKEYS OUT' on our door"),
        ("SERIOUS_IMPACT", "I now take Ana to school by taxi"),
        ("SERIOUS_IMPACT", "asked work to change my shifts"),
        ("SERIOUS_IMPACT", "put a chain and a second lock on the door"),
    ],
)

case(
    22, "stalking_fear_alarm_distress", "CSD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="x",
    pattern="registrar_corrects_harassment_to_stalking_monitoring", relationship="partner", occasions=4,
    text="""\
DCR review: recorded by OIC as harassment (8L). Having read the MG11 I don't agree. IP's partner (still together, IP now staying with sister) installed a tracking app on her phone, read her WhatsApps and turned up at her yoga class in the Methodist hall twice uninvited. IP has been signed off work by GP with anxiety and has moved out. No fear of violence stated - IP clear he has never threatened her. Reclassify to stalking. Interpreter (Tamil) used for MG11, no issues.""",
    spans=[
        ("SERIOUS_IMPACT", "IP now staying with sister"),
        ("STALK_MONITOR", "installed a tracking app on her phone"),
        ("STALK_MONITOR", "read her WhatsApps"),
        ("STALK_TURN_UP", "turned up at her yoga class in the Methodist hall twice uninvited"),
        ("SERIOUS_IMPACT", "signed off work by GP with anxiety"),
        ("SERIOUS_IMPACT", "has moved out"),
    ],
)

case(
    23, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="typos", batch="x",
    pattern="debt_between_friends_threats_twice_fear", relationship="acquaintance", occasions=2,
    text="""\
Me and Declan used to go fishing together. I owe him about £400 from a van I bought off him, I have been paying it back in bits. On the sunday (23rd) he rang me and said if I didnt have it by friday he would "put me in hospital". I was scared, I beleived him because I know he has done time for GBH. I didnt go out that week except for work. Then on the friday night he came to the pub where I was and said in front of everyone "your lucky I dont glass you now". I left by the back door and my mate drove me home because I was sure he would be waiting to hit me.""",
    spans=[
        ("THREAT_VIOLENCE", "\"put me in hospital\""),
        ("FEAR_OF_VIOLENCE", "I was scared, I beleived him"),
        ("THREAT_VIOLENCE", "\"your lucky I dont glass you now\""),
        ("FEAR_OF_VIOLENCE", "I was sure he would be waiting to hit me"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="redacted", batch="x",
    pattern="coded_antisemitic_posts_tagging_victim", relationship="online", occasions=5,
    text="""\
14/10 DC [REDACTED]: Reviewed screenshots supplied by IP [REDACTED] (local councillor). Between 02/10 and 12/10 susp account @truthseeker_XXXX tagged IP in 5 posts. Posts include triple-bracket name '(((' around IP's surname, a cartoon of a hook-nosed man counting coins captioned with IP's name, and 'ask who really runs the council'. IP is Jewish, has spoken publicly about it. No threats. No physical contact, susp not known to be local. IP says 'I'm used to criticism, this is different, it's about who I am' - not fearful. Prod order to platform drafted.""",
    spans=[
        ("REPETITION", "tagged IP in 5 posts"),
        ("RELIGIOUS_HOSTILITY", "triple-bracket name '(((' around IP's surname"),
        ("RELIGIOUS_HOSTILITY", "a cartoon of a hook-nosed man counting coins"),
        ("RELIGIOUS_HOSTILITY", "'ask who really runs the council'"),
    ],
)

case(
    25, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="x",
    pattern="school_contacting_parent_repeatedly_attendance", relationship="business", occasions=4,
    text="""\
Mrs Fatima HASSAN reports that staff at St Cuthbert's RC Primary have rung her four times this week and sent two letters about her son's attendance, and that the family liaison officer came to the door on Tuesday. She feels this is because the family is Muslim and attends a Catholic school. I have spoken to the head teacher, who states the contact follows the local authority attendance policy after 12 unauthorised absences, and provided the letters, which are standard and polite. Nothing in them or reported by Mrs HASSAN refers to religion. This is lawful, proportionate contact by the school. Mrs HASSAN accepts this and says she will meet the head.""",
    spans=[],
)

case(
    26, "stalking", "CS",
    voice="call_log", case="mixed", noise="abbrev", batch="x",
    pattern="stranger_loiters_outside_student_halls_notes", relationship="stranger", occasions=4,
    text="""\
0012 CLR student Mei LING (Chinese nat, studying at uni, fluent Eng) Rooms 4B Harrow Halls. Unknown male, white, 40s, grey hoodie, stood outside her ground floor window again tonight approx 2350. 4th time in 2 wks. Also 2 notes under door 'saw you at the library today xx'. Clr 'creeped out', not fearing violence.
0015 Security on site aware, G2.""",
    spans=[
        ("STALK_LOITER", "stood outside her ground floor window"),
        ("REPETITION", "4th time in 2 wks"),
        ("STALK_WATCH", "'saw you at the library today xx'"),
        ("DISTRESS", "'creeped out'"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="mixed", noise="abbrev", batch="x",
    pattern="anti_sikh_threats_at_takeaway_two_visits", relationship="customer", occasions=2,
    text="""\
FRI 09/08/2024 2115. Called to Singh's Kitchen, 40 Bridge St. Owner Mr Manjit SINGH (52) wearing turban. States a customer (white male, 6ft, tattoo on neck "ELLIE") came in 2nd time this week. Said "OI BIN LADEN, I'LL KNOCK THAT TEA TOWEL OFF YOUR HEAD AND YOU WITH IT". Mr SINGH states "I was scared he would hit me, I went in the back". On Tues same male said "YOUR LOT WANT SORTING, I'LL BE BACK WITH MATES". Mr SINGH says he has been frightened since Tues that they will come and beat him. CCTV seized exhibit MS/1.""",
    spans=[
        ("REPETITION", "2nd time this week"),
        ("RELIGIOUS_HOSTILITY", "\"OI BIN LADEN"),
        ("THREAT_VIOLENCE", "I'LL KNOCK THAT TEA TOWEL OFF YOUR HEAD AND YOU WITH IT\""),
        ("FEAR_OF_VIOLENCE", "\"I was scared he would hit me, I went in the back\""),
        ("RACIAL_HOSTILITY", "\"YOUR LOT WANT SORTING"),
        ("FEAR_OF_VIOLENCE", "frightened since Tues that they will come and beat him"),
    ],
)

case(
    28, "harassment", "CD",
    voice="vps", case="mixed", noise="clean", batch="x",
    pattern="ex_friend_abusive_posts_victim_changed_job", relationship="acquaintance", occasions=5,
    text="""\
I was told what this statement is for. Over the summer Kerry-Ann posted about me on Facebook five or six times, calling me a liar and a slag and saying I had stolen from the salon. People I know commented. I was never scared she would hurt me, it was not like that. But I could not go back to the salon because clients had seen it, and I have taken a job in a different town. I cry a lot and my mum says I am not myself.""",
    spans=[
        ("REPETITION", "five or six times"),
        ("UNWANTED", "calling me a liar and a slag"),
        ("UNWANTED", "saying I had stolen from the salon"),
        ("SERIOUS_IMPACT", "I have taken a job in a different town"),
        ("DISTRESS", "I cry a lot"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="upper", noise="abbrev", batch="x",
    pattern="ex_watching_house_threats_fear_twice", relationship="ex_partner", occasions=5,
    text="""\
DASH - HIGH (15 YES). IP DONNA MCKAY. EX-P CRAIG FENWICK SAT IN CAR OPP HOUSE 3 NIGHTS RUNNING, FLASHES LIGHTS. TXT 'I SEE YOU'. 12/05 SAID 'IF I CANT HAVE YOU NOBODY WILL'. IP 'TERRIFIED HE'LL KILL ME'. 14/05 HE TRIED DOOR HANDLE AT 0300, IP HID IN BATHROOM WITH KIDS THINKING HE WOULD ATTACK. PREV STRANGULATION 2022. MARAC REF DONE. IDVA REF.""",
    spans=[
        ("STALK_WATCH", "SAT IN CAR OPP HOUSE 3 NIGHTS RUNNING"),
        ("STALK_CONTACT", "TXT 'I SEE YOU'"),
        ("THREAT_VIOLENCE", "'IF I CANT HAVE YOU NOBODY WILL'"),
        ("FEAR_OF_VIOLENCE", "'TERRIFIED HE'LL KILL ME'"),
        ("STALK_PROPERTY", "TRIED DOOR HANDLE AT 0300"),
        ("FEAR_OF_VIOLENCE", "HID IN BATHROOM WITH KIDS THINKING HE WOULD ATTACK"),
    ],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="x",
    pattern="anti_christian_preacher_followed_and_filmed", relationship="stranger", occasions=4,
    text="""\
IP Pastor Samuel ADEYEMI runs a street stall outside Wilko on Sat mornings. Since mid-July a male (believed Jordan PIKE, known locally) has followed IP from the stall to his car on 4 Saturdays filming on his phone, and uploaded clips to TikTok captioned 'Bible-bashing fairytale freak, Christians are a cancer'. Also turned up once at IP's church, Elim Pentecostal, during service and stood at the back filming. IP not scared: 'I've had worse, but I want it recorded'. Susp TikTok handle obtained.""",
    spans=[
        ("STALK_FOLLOW", "followed IP from the stall to his car on 4 Saturdays"),
        ("STALK_WATCH", "filming on his phone"),
        ("STALK_PUBLISH", "uploaded clips to TikTok"),
        ("RELIGIOUS_HOSTILITY", "'Bible-bashing fairytale freak, Christians are a cancer'"),
        ("STALK_TURN_UP", "turned up once at IP's church"),
    ],
)

case(
    31, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="x",
    pattern="neighbour_threats_with_dog_twice", relationship="neighbour", occasions=2,
    text="""\
1633 CLR OLUWASEUN ADEBAYO, FLAT 12. NEIGHBOUR FLAT 11 SET HIS XL BULLY ON HER IN STAIRWELL AGAIN, SAID 'NEXT TIME IT'LL RIP YOUR THROAT OUT'. CLR HYSTERICAL, SAYS SHE IS SURE HE WILL SET IT ON HER FOR REAL. SAME LAST THURS (LOG 0812) - WENT TO HER SISTER'S THAT NIGHT AS TOO FRIGHTENED HE WOULD HURT HER. NIL RACIAL COMMENTS. DOG NOT ON LEAD. G2.""",
    spans=[
        ("THREAT_VIOLENCE", "SET HIS XL BULLY ON HER IN STAIRWELL"),
        ("REPETITION", "AGAIN"),
        ("THREAT_VIOLENCE", "'NEXT TIME IT'LL RIP YOUR THROAT OUT'"),
        ("FEAR_OF_VIOLENCE", "SURE HE WILL SET IT ON HER FOR REAL"),
        ("FEAR_OF_VIOLENCE", "TOO FRIGHTENED HE WOULD HURT HER"),
    ],
)

case(
    32, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="x",
    pattern="anti_muslim_neighbour_monitors_and_threatens_family_moved", relationship="neighbour", occasions=6,
    text="""\
We moved into Oak Crescent in June. From the first week the man at number 3, who I now know as Russell HOBBS, made comments about my wife's hijab. He started standing at the end of his drive every morning when I left for work, writing in a notebook. Twice I saw him take photos of my car registration. In August he left a pig's head on our doorstep with a note saying "halal this". He shouted at me "you'll be next, Mohammed" and I was afraid for my life. A week later he followed my wife to the mosque on Clay Lane and shouted "filthy Muslims, I'll do you all". She came home shaking and said she thought he would attack her. We have put our house up for sale and my wife no longer leaves the house alone.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "made comments about my wife's hijab"),
        ("STALK_WATCH", "standing at the end of his drive every morning"),
        ("STALK_WATCH", "writing in a notebook"),
        ("STALK_WATCH", "take photos of my car registration"),
        ("RELIGIOUS_HOSTILITY", "left a pig's head on our doorstep"),
        ("RELIGIOUS_HOSTILITY", "\"halal this\""),
        ("THREAT_VIOLENCE", "\"you'll be next, Mohammed\""),
        ("FEAR_OF_VIOLENCE", "I was afraid for my life"),
        ("STALK_FOLLOW", "followed my wife to the mosque on Clay Lane"),
        ("RELIGIOUS_HOSTILITY", "\"filthy Muslims, I'll do you all\""),
        ("FEAR_OF_VIOLENCE", "thought he would attack her"),
        ("SERIOUS_IMPACT", "We have put our house up for sale"),
        ("SERIOUS_IMPACT", "no longer leaves the house alone"),
    ],
)

case(
    33, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="x",
    pattern="two_unconnected_incidents_months_apart_reconciled", relationship="partner", occasions=2,
    text="""\
OIC update 02/09: IP Precious MOYO (Zimbabwean nat, interpreter not required) reported one abusive text from partner in Jan ('you're pathetic') and a row in the street in Aug. Between the two they reconciled and lived together, IP describes them as 'happy until Aug'. No contact since Aug, she has not heard from him. Not a course of conduct. DASH std. IP happy with advice. NFA.""",
    spans=[
        ("UNWANTED", "'you're pathetic'"),
    ],
)

case(
    34, "stalking", "CS",
    voice="result_note", case="mixed", noise="clean", batch="x",
    pattern="ex_girlfriend_persistent_contact_via_friends_caution", relationship="ex_partner", occasions=8,
    text="""\
Outcome: simple caution administered 19/06 to Sophie RANDALL for stalking of her former boyfriend Aled PRYCE. She admitted in interview messaging him on eight different accounts after he blocked each one, asking his friends where he was, and waiting in the car park at his rugby club. Mr PRYCE, supported by his father (Welsh speaker, statement taken in Welsh then translated), did not want a prosecution and said he was more embarrassed than worried. No further contact since the caution.""",
    spans=[
        ("STALK_CONTACT", "messaging him on eight different accounts after he blocked each one"),
        ("STALK_CONTACT", "asking his friends where he was"),
        ("STALK_LOITER", "waiting in the car park at his rugby club"),
    ],
)

case(
    35, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="abbrev", batch="x",
    pattern="employer_reports_customer_abusing_polish_staff", relationship="customer", occasions=3,
    text="""\
Call from Store Mgr, Co-op Hillside. Regular customer (Mr Terry NASH, known to staff) has 3 times this month told cashier Marta NOWAK 'speak English or get out', 'you Eastern Europeans are taking our jobs', and once refused to be served by 'the foreigner'. Marta doesn't want a fuss but agreed to a statement. No threats, no physical.""",
    spans=[
        ("REPETITION", "3 times this month"),
        ("RACIAL_HOSTILITY", "'speak English or get out'"),
        ("RACIAL_HOSTILITY", "'you Eastern Europeans are taking our jobs'"),
        ("RACIAL_HOSTILITY", "refused to be served by 'the foreigner'"),
    ],
)

case(
    36, "stalking_fear_alarm_distress", "CSFD",
    voice="judgment", case="mixed", noise="clean", batch="x",
    pattern="sentencing_remarks_stalking_former_tenant", relationship="landlord", occasions=7,
    text="""\
Over a period of five months you made the complainant's life a misery. She had been your tenant and when she left the flat at Gresley Court you could not let her go. You sent her over two hundred messages, you appeared at her new address on at least seven occasions, and you followed her to the hospital where she worked as a nurse. When she told you to stop you replied "you'll regret it, I know where your kids sleep". She told the jury she believed you would hurt her, and on the night you tried the back gate she phoned 999 in terror. She has had to move again, to a town where she knows no one, and has given up the job she loved. I note from the pre-sentence report that you are of Irish heritage and a practising Catholic; neither has any bearing.""",
    spans=[
        ("STALK_CONTACT", "sent her over two hundred messages"),
        ("STALK_TURN_UP", "appeared at her new address on at least seven occasions"),
        ("STALK_FOLLOW", "followed her to the hospital where she worked"),
        ("THREAT_VIOLENCE", "\"you'll regret it, I know where your kids sleep\""),
        ("FEAR_OF_VIOLENCE", "believed you would hurt her"),
        ("STALK_PROPERTY", "tried the back gate"),
        ("FEAR_OF_VIOLENCE", "phoned 999 in terror"),
        ("SERIOUS_IMPACT", "She has had to move again"),
        ("SERIOUS_IMPACT", "has given up the job she loved"),
    ],
)

case(
    37, "harassment", "C",
    voice="notebook", case="mixed", noise="typos", batch="x",
    pattern="family_member_nuisance_calls_over_wedding", relationship="family", occasions=7,
    text="""\
SAT 14/09. 1020 spoke to Mrs Gurpreet DHALIWAL at home addr. Her cousin Amrit keeps ringing and leaving voicemails calling her "selfish", "two-faced", "a disgrace to the family" since she didnt invite him to the wedding at the gurdwara. 7 voicemails since Mon, played to me. Mrs DHALIWAL says "he's all mouth, I'm not scared, I just want him told".""",
    spans=[
        ("UNWANTED", "leaving voicemails calling her \"selfish\", \"two-faced\", \"a disgrace to the family\""),
        ("REPETITION", "7 voicemails since Mon"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="victim_diary", case="lower", noise="typos", batch="x",
    pattern="asylum_seeker_hotel_resident_threatened_by_local_men", relationship="stranger", occasions=3,
    text="""\
monday - walking back to the hotel from the shop, 2 men in a white van slowed down and one shouted 'go back on your dinghy you ****ing migrant'. 
wednesday - same van. the bald one got out and said 'we know your in that hotel, we're going to burn it with you lot in it'. i ran inside. i was shaking, i thought they will kill me.
friday - they waited by the bus stop and the bald one pretended to throw something at me. i could not breath, i was sure he would hit me. i dont go out now unless with the other men from the hotel.""",
    spans=[
        ("RACIAL_HOSTILITY", "'go back on your dinghy you ****ing migrant'"),
        ("RACIAL_HOSTILITY", "'we know your in that hotel"),
        ("THREAT_VIOLENCE", "we're going to burn it with you lot in it'"),
        ("FEAR_OF_VIOLENCE", "i thought they will kill me"),
        ("THREAT_VIOLENCE", "pretended to throw something at me"),
        ("FEAR_OF_VIOLENCE", "i was sure he would hit me"),
        ("SERIOUS_IMPACT", "i dont go out now unless with the other men from the hotel"),
    ],
)

case(
    39, "harassment_fear_of_violence", "CF",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="x",
    pattern="review_removes_race_flag_no_hostility_threats", relationship="colleague", occasions=3,
    text="""\
Insp review: Log flagged as hate by the call handler because the IP is Black British and the susp is white. Read the statements - the threats ('I'll smash your face in', 'watch your back in the car park') relate to a promotion dispute and there is no reference to race or any other characteristic on any of the 3 occasions. IP describes being 'scared stiff' after the car park comment and again when susp waited by her desk. Hate flag removed. Course of conduct with fear on 2+ occasions. OIC to arrest.""",
    spans=[
        ("THREAT_VIOLENCE", "'I'll smash your face in'"),
        ("THREAT_VIOLENCE", "'watch your back in the car park'"),
        ("FEAR_OF_VIOLENCE", "'scared stiff' after the car park comment"),
        ("FEAR_OF_VIOLENCE", "again when susp waited by her desk"),
    ],
)

case(
    40, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="redacted", batch="x",
    pattern="sikh_temple_volunteer_targeted_with_fake_profile", relationship="online", occasions=5,
    text="""\
03/02 OIC: IP [REDACTED] (granthi at Guru Nanak Gurdwara) provided screenshots. Fake FB profile in IP's name set up late Jan, posting pics taken outside IP's home with captions 'raghead runs a terror cell' and 'towelheads out'. 5 posts. IP's neighbour saw a male photographing the house from a car reg XX17 XXX on 2 dates.
04/02 IP spoken to: angry, not afraid, wants it taken down. Platform referral sent. PNC check on VRM pending.""",
    spans=[
        ("STALK_PUBLISH", "Fake FB profile in IP's name"),
        ("RACIAL_HOSTILITY", "'raghead runs a terror cell'"),
        ("RACIAL_HOSTILITY", "'towelheads out'"),
        ("REPETITION", "5 posts"),
        ("STALK_WATCH", "photographing the house from a car"),
    ],
)

case(
    41, "no_offence", "R",
    voice="call_log", case="mixed", noise="abbrev", batch="x",
    pattern="single_antisemitic_graffiti_no_suspect_no_repeat", relationship="stranger", occasions=1,
    text="""\
0716 Clr caretaker at Beth Shalom synagogue. Swastika sprayed on side wall overnight, also 'Jews lie'. No suspect, no CCTV on that side. First time anything like this. Crim dmg recorded, hate flag. Council graffiti team requested.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "Swastika sprayed on side wall"),
        ("RELIGIOUS_HOSTILITY", "'Jews lie'"),
    ],
)

case(
    42, "stalking", "CS",
    voice="crime_summary", case="lower", noise="heavy", batch="x",
    pattern="ex_sends_gifts_and_calls_work_black_victim_no_hostility", relationship="ex_partner", occasions=6,
    text="""\
ip (black british f 29, desc for id purposes only) reprts ex bf marcus has sent flowrs to her work 3 x since split in march, also chocs & a teddy left on car windscreen, rings her work reception askng for her wen she doesnt ans mobile. ip says 'its just sad, i dont want it', nt scared. prev no DA. susp to be spoken to re: PIN/ advice.""",
    spans=[
        ("STALK_GIFTS", "sent flowrs to her work 3 x"),
        ("STALK_GIFTS", "chocs & a teddy left on car windscreen"),
        ("STALK_CONTACT", "rings her work reception askng for her"),
        ("UNWANTED", "'its just sad, i dont want it'"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="mixed", noise="abbrev", batch="x",
    pattern="anti_black_neighbour_watches_and_threatens_fear_repeated", relationship="neighbour", occasions=5,
    text="""\
2002 Clr Mr Kwame MENSAH, 7 Rowan Close. States neighbour (Darren TULLY, no. 5) stood at bedroom window watching him in garden again, 5th time this month. Today shouted 'I'll hang you from that tree like your ancestors, you black ****'. Clr says he's terrified Tully will attack him, 'he means it'.
2004 Prev log 1811 of 18/03 - Tully followed clr down the road with a bat. Clr at the time 'scared he'll cave my head in'.
2009 G1. Firearms nil. Attending unit PC 812.""",
    spans=[
        ("STALK_WATCH", "stood at bedroom window watching him in garden"),
        ("REPETITION", "5th time this month"),
        ("THREAT_VIOLENCE", "'I'll hang you from that tree like your ancestors"),
        ("RACIAL_HOSTILITY", "you black ****'"),
        ("FEAR_OF_VIOLENCE", "terrified Tully will attack him"),
        ("STALK_FOLLOW", "followed clr down the road with a bat"),
        ("FEAR_OF_VIOLENCE", "'scared he'll cave my head in'"),
    ],
)

case(
    44, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="x",
    pattern="colleague_monitors_email_turns_up_victim_changes_route", relationship="colleague", occasions=5,
    text="""\
I work in accounts with Ahmed. He is a Muslim and I am not, and until last year we got on well, he would bring in sweets at Eid. After I said no to a drink in October things changed. He has read my work emails - I know because he mentioned a private email to my sister that he could only have seen in my inbox. He has waited by my car after work at least five times and once was outside my gym. I now leave by the side door and drive a different way home every night. I have started having panic attacks and I have had two weeks off sick.""",
    spans=[
        ("STALK_MONITOR", "He has read my work emails"),
        ("STALK_LOITER", "waited by my car after work at least five times"),
        ("STALK_TURN_UP", "once was outside my gym"),
        ("SERIOUS_IMPACT", "I now leave by the side door and drive a different way home every night"),
        ("DISTRESS", "I have started having panic attacks"),
        ("SERIOUS_IMPACT", "I have had two weeks off sick"),
    ],
)
