# ruff: noqa: E501
"""Hand-written narratives, writer g: victim diaries and court or appeal retellings."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="abbrev", batch="g",
    pattern="ex_partner_diary_car_outside_and_notes", relationship="ex_partner", occasions=5,
    text="""\
Diary - kept at request of PC 4471 Okafor. Ref 22/40918/24

Sun 3 Nov - Dean's car (silver Astra, the one with the dent) parked up by the bus shelter opp my house about 9.40pm. Sat there maybe 20 mins. Didnt get out.
Tue 5 Nov - text from a number I dont know "just want to talk babe, 5 mins". Didnt reply. Blocked it.
Thu 7 Nov - he was at the Co-op on Larch Rd when I came out of work. said hi like nothing happened. i walked off. Dont think thats a coincidence he lives in Hednesford now.
Sat 9 Nov - card through the door, no stamp so hand delivered. "We're not finished, you know that". Kept it in the freezer bag like PC said.
Mon 11 Nov - car outside again. 6.50am this time. Mum saw it too.
Not scared of him exactly, more fed up. Just want him to stop.""",
    spans=[
        ("STALK_LOITER", "parked up by the bus shelter opp my house"),
        ("STALK_CONTACT", "text from a number I dont know"),
        ("UNWANTED", "Didnt reply. Blocked it."),
        ("STALK_TURN_UP", "he was at the Co-op on Larch Rd when I came out of work"),
        ("STALK_GIFTS", "card through the door, no stamp so hand delivered"),
        ("FIXATION", "We're not finished, you know that"),
        ("REPETITION", "car outside again"),
        ("DISTRESS", "more fed up"),
    ],
)

case(
    2, "no_offence", "",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="appeal_two_incidents_reconciled_between", relationship="partner", occasions=2,
    text="""\
The appellant and the complainant had been in a relationship for some six years and have two children together. The prosecution relied on two incidents. The first occurred on 14 February 2022, when, following an argument about money at the family home in Stourport, the appellant pushed the complainant against a kitchen cupboard and called her "useless". The police were called but the complainant did not support a prosecution. It was accepted at trial that the couple then resumed living together within a fortnight and went on holiday to Tenerife in May of that year. The second incident was on 30 September 2022, when the appellant, having been drinking, shouted at the complainant in the street outside a relative's house.

The Recorder directed the jury that two incidents could amount to a course of conduct. That is correct as far as it goes, but he did not direct them to consider whether incidents some seven and a half months apart, with a resumed and apparently settled relationship in between, were sufficiently connected. In our judgment, on these facts, they were not capable of amounting to a course of conduct. The conviction under section 2 is quashed.""",
    spans=[
        ("DISTRESS", "called her \"useless\""),
    ],
)

case(
    3, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="lower", noise="typos", batch="g",
    pattern="neighbour_threats_diary_fear_twice", relationship="neighbour", occasions=4,
    text="""\
incident log - 14 Beechcroft close, flat 2

2/4 - gary from no.16 shouted over the fence that if my dog barks one more time he will "come round and do me". i went inside, shaking. locked the back door.
4/4 - he banged on my front door about 11pm, i didnt answer. could here him saying im a grass
9/4 - saw him at the bins. he drew his finger across his throat at me and laughed. i realy think he is going to hit me next time he gets the chance, hes massive and hes always drunk.
10/4 - called 101, ref 4410 of 10/4. told them i was scared to go to my car.
15/4 - note under the windscreen wiper "last warning". i no its him, same biro he uses for the parcel notes. went to my sisters for the night becuase i thought he would come round.""",
    spans=[
        ("THREAT_VIOLENCE", "he will \"come round and do me\""),
        ("FEAR_OF_VIOLENCE", "i went inside, shaking. locked the back door"),
        ("STALK_TURN_UP", "banged on my front door about 11pm"),
        ("THREAT_VIOLENCE", "drew his finger across his throat at me"),
        ("FEAR_OF_VIOLENCE", "i realy think he is going to hit me next time"),
        ("FEAR_OF_VIOLENCE", "told them i was scared to go to my car"),
        ("THREAT_VIOLENCE", "\"last warning\""),
        ("FEAR_OF_VIOLENCE", "i thought he would come round"),
    ],
)

case(
    4, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="sentencing_remarks_racist_abuse_over_fence_weeks", relationship="neighbour", occasions=6,
    text="""\
Mr Pickering, you are 58 and you have pleaded guilty, at the first opportunity, to an offence of racially aggravated harassment. The victims are Mr and Mrs Adeyemi, who moved into the house next door to yours on Cotton Lane in March of last year.

Between June and the end of August you shouted at them over the garden fence on at least six occasions. The words you used are set out in the agreed basis of plea and I do not propose to repeat all of them. On more than one occasion you called Mr Adeyemi a "monkey" and told the family to "go back to Africa where you belong". On 2 August you did so in front of their eleven-year-old daughter. You also complained, repeatedly and without any foundation, about the smell of their cooking.

Mrs Adeyemi tells me in her statement that she felt humiliated and that the children now ask whether the man next door hates them. I accept that you have not been in trouble for over twenty years and that you now say you are ashamed. The aggravation is plain and I increase the sentence on account of it.""",
    spans=[
        ("REPETITION", "on at least six occasions"),
        ("RACIAL_HOSTILITY", "called Mr Adeyemi a \"monkey\""),
        ("RACIAL_HOSTILITY", "\"go back to Africa where you belong\""),
        ("DISTRESS", "she felt humiliated"),
    ],
)

case(
    5, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="abbrev", batch="g",
    pattern="ex_husband_diary_gym_school_moved_out", relationship="ex_partner", occasions=6,
    text="""\
Things Marek has done since I left (for DC Hussain / IDVA Claire)

Jan 12 - 34 missed calls between 6pm and midnight. Phone on silent.
Jan 14 - turned up at Pure Gym Walsall when I finished my class. He doesn't go to a gym. Asked me who I was "getting fit for".
Jan 19 - my friend Agnieszka says he messaged her on FB asking where I'm staying now.
Jan 20 - he knew I'd been at my cousin's Sat night. I never told anyone except her. Think he has my Google password still?? Changed it.
Jan 26 - flowers on the car, card said "forever yours M". Binned them.
Feb 2 - he was outside the kids school at pick up, stood by the railings, just watching me.

Since Feb I've moved back in with my parents in Darlaston, the kids are on a different bus now and I've asked work for the early shift so I'm home before dark. Dr has put me on sertraline. I don't sleep.""",
    spans=[
        ("STALK_CONTACT", "34 missed calls between 6pm and midnight"),
        ("STALK_TURN_UP", "turned up at Pure Gym Walsall when I finished my class"),
        ("FIXATION", "Asked me who I was \"getting fit for\""),
        ("STALK_CONTACT", "messaged her on FB asking where I'm staying now"),
        ("STALK_MONITOR", "he knew I'd been at my cousin's Sat night"),
        ("STALK_GIFTS", "flowers on the car"),
        ("FIXATION", "\"forever yours M\""),
        ("STALK_WATCH", "stood by the railings, just watching me"),
        ("SERIOUS_IMPACT", "I've moved back in with my parents in Darlaston"),
        ("SERIOUS_IMPACT", "asked work for the early shift so I'm home before dark"),
        ("SERIOUS_IMPACT", "Dr has put me on sertraline"),
    ],
)

case(
    6, "harassment", "C",
    voice="victim_diary", case="mixed", noise="typos", batch="g",
    pattern="colleague_insult_notes_diary", relationship="colleague", occasions=4,
    text="""\
Notes for HR and police - Laura Fenwick, Packing dept, Unit 7 Chasewater Ind Est

Mon 17/6 - Kev Drury called me a "fat lazy cow" in front of the line, loud so everyone heard.
Weds 19/6 - post it on my locker "nobody wants you here". His writing, he does the pallet labels the same.
Fri 21/6 - whatsapp on the team group, a photo of a pig with my name under it. Deleted by the supervisor after about 10 mins but 20 odd people saw it.
Tue 25/6 - he told Jade in the canteen I was sleeping with the manager to keep my job, its all round the site now.

Ive told him to pack it in twice. Hes never threatened me or anything like that, its just constant. I cried in the toilets on the friday. Im not off sick, I need the money.""",
    spans=[
        ("UNWANTED", "Ive told him to pack it in twice"),
        ("REPETITION", "its just constant"),
        ("DISTRESS", "I cried in the toilets on the friday"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="magistrates_findings_photographing_hijab_wearing_woman_posting", relationship="stranger", occasions=5,
    text="""\
Findings of fact. The complainant, Ms Sumayyah Rahman, is a pharmacist at a branch in Kettering town centre. She wears a hijab. The defendant, Craig Whitlock, was not known to her before October 2023.

We are sure, having seen the CCTV and heard from the store manager, that the defendant came into the pharmacy on four occasions between 9 and 27 October without buying anything, each time standing near the counter and looking at her. On 27 October he took a photograph of her on his phone as she served a customer. We are also sure that on 30 October he uploaded that photograph to a public Facebook group, naming the pharmacy, with the caption "this is what Kettering looks like now, they're taking over", and that in the comments beneath he wrote that she should "take that rag off or go home".

The defendant told us he was documenting "changes in the town" and had nothing against her personally. We reject that. He returned to the same person again and again. We find the course of conduct was directed at her and that he demonstrated hostility based on her presumed religion. Ms Rahman did not say she feared violence, and she continued to work her usual shifts, but she told us she felt "on display".""",
    spans=[
        ("STALK_TURN_UP", "came into the pharmacy on four occasions"),
        ("STALK_WATCH", "standing near the counter and looking at her"),
        ("STALK_WATCH", "took a photograph of her on his phone"),
        ("STALK_PUBLISH", "uploaded that photograph to a public Facebook group, naming the pharmacy"),
        ("RELIGIOUS_HOSTILITY", "\"this is what Kettering looks like now, they're taking over\""),
        ("RELIGIOUS_HOSTILITY", "\"take that rag off or go home\""),
        ("FIXATION", "He returned to the same person again and again"),
        ("DISTRESS", "she felt \"on display\""),
    ],
)

case(
    8, "no_offence", "",
    voice="victim_diary", case="lower", noise="abbrev", batch="g",
    pattern="diary_single_road_rage_nothing_since", relationship="stranger", occasions=1,
    text="""\
wed 8/5 - 1715ish, the roundabout by Asda Bletchley. white transit (didnt get reg, started WX?) cut me up then followed me onto the dual carriageway flashing lights. at the lights he got out, banged on my window and called me a stupid b****. i drove off when it went green. shook up for the rest of the evening.
thur 9/5 - reported online, ref 1305-0519.
mon 13/5 - nothing.
mon 20/5 - nothing else has happened. havent seen the van again. PC rang, no cctv at the junction. she said theres not much they can do without a reg. fair enough.""",
    spans=[
        ("STALK_FOLLOW", "followed me onto the dual carriageway flashing lights"),
        ("DISTRESS", "shook up for the rest of the evening"),
    ],
)

case(
    9, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="crown_court_retelling_business_debt_threats_fear", relationship="business", occasions=4,
    text="""\
The background is a failed joint venture. The complainant, Mr Lionel Achterberg, and the appellant, Mr Rhys Baverstock, had run a scaffolding business together in Port Talbot until its accounts were frozen in the spring of 2021. The appellant believed, rightly or wrongly, that he was owed about £14,000.

On 3 May 2021 the appellant telephoned the complainant and said that if he did not get his money "you'll be picking your teeth up off the yard". The complainant said in evidence that he believed it: he had seen the appellant fight before, and he began locking the yard gate behind him. On 11 May the appellant drove into the yard, got out holding a length of scaffold tube and told him "next time I'm using this". The complainant ran into the portakabin and telephoned the police; he said he was certain he was about to be struck. Two further voicemails followed on 12 and 14 May in similar terms.

The judge was entitled to find that on at least two occasions the complainant feared that violence would be used against him. The dispute was about money, not about the complainant as a person; but the appellant's method of pursuing it was plainly oppressive and went well beyond anything reasonable. The appeal against conviction is dismissed.""",
    spans=[
        ("THREAT_VIOLENCE", "\"you'll be picking your teeth up off the yard\""),
        ("FEAR_OF_VIOLENCE", "he believed it"),
        ("STALK_TURN_UP", "drove into the yard"),
        ("THREAT_VIOLENCE", "holding a length of scaffold tube and told him \"next time I'm using this\""),
        ("FEAR_OF_VIOLENCE", "he was certain he was about to be struck"),
        ("REPETITION", "Two further voicemails followed on 12 and 14 May"),
    ],
)

case(
    10, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="mixed", noise="typos", batch="g",
    pattern="neighbour_filming_polish_family_diary_cctv_garden", relationship="neighbour", occasions=7,
    text="""\
Diary - Katarzyna Nowicka, 41 Foxglove Way, Ashington. PCSO Reay asked me to keep this.

1 July - man from no.39 (Trevor) standing at his bedroom window filming our garden when the girls were in the paddling pool. I shouted at him to stop, he kept going.
3 July - he said over the fence "you lot come here, take the houses, take the jobs". my husband says ignore.
6 July - filming again. 8.15pm. Also the next evening.
10 July - found our bins tipped over in to our drive and the lid with "POLISH GO HOME" in marker.
14 July - he has put a camera on his shed pointing straight in our kitchen window. I measured, its not his garden it points at.
18 July - he followed me to Aldi on his bike and stood by the trollies until I come out.

We dont use the garden any more, the girls are not allowed out there. we put blinds up on every window at the back and my husband has paid £280 for our own cameras. I have not been to my english class since 10 July becuase I dont want to walk past his house.""",
    spans=[
        ("STALK_WATCH", "standing at his bedroom window filming our garden"),
        ("UNWANTED", "I shouted at him to stop, he kept going"),
        ("RACIAL_HOSTILITY", "\"you lot come here, take the houses, take the jobs\""),
        ("REPETITION", "filming again"),
        ("STALK_PROPERTY", "found our bins tipped over in to our drive"),
        ("RACIAL_HOSTILITY", "\"POLISH GO HOME\""),
        ("STALK_WATCH", "put a camera on his shed pointing straight in our kitchen window"),
        ("STALK_FOLLOW", "he followed me to Aldi on his bike"),
        ("STALK_LOITER", "stood by the trollies until I come out"),
        ("SERIOUS_IMPACT", "We dont use the garden any more"),
        ("SERIOUS_IMPACT", "paid £280 for our own cameras"),
        ("SERIOUS_IMPACT", "I have not been to my english class since 10 July"),
    ],
)

case(
    11, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="g",
    pattern="supervisor_reclassify_colleague_gifts_car_park", relationship="colleague", occasions=5,
    text="""\
SUPERVISOR REVIEW - PS 2290 ACHEAMPONG 14/03 1120hrs

Read the OEL & IP's diary (uploaded as doc 3). Crime currently sat as 8L harassment, not sure that's right. Summary for OIC:
- susp Nathan PRYCE (29), works in IT at same council offices as IP (Hollie BRAITHWAITE, 24, finance).
- since w/c 12/02 has left choc + handwritten notes on her desk 3 times, last one said he "knows we have a connection".
- waited in the staff car park by her car on 2 evenings (confirmed by facilities, CCTV requested).
- IP told him on 22/02 in person she's not interested and asked him to stop. He sent a 2 page email next day apologising and asking for "one coffee to explain".
No threats made. IP says she's "weirded out" rather than frightened, hasn't changed anything at work yet.
Rationale: gifts + waiting at vehicle + refusal to accept the no = FOUR markers present. Please reclassify and consider EHN/SPO route, speak to HR re seating. Update DASH as non-DA S-DASH.""",
    spans=[
        ("STALK_GIFTS", "left choc + handwritten notes on her desk 3 times"),
        ("FIXATION", "\"knows we have a connection\""),
        ("STALK_LOITER", "waited in the staff car park by her car on 2 evenings"),
        ("UNWANTED", "she's not interested and asked him to stop"),
        ("STALK_CONTACT", "sent a 2 page email next day"),
        ("FIXATION", "asking for \"one coffee to explain\""),
        ("DISTRESS", "she's \"weirded out\""),
    ],
)

case(
    12, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="victim_diary", case="mixed", noise="clean", batch="g",
    pattern="diary_antisemitic_threats_youth_fear_twice", relationship="stranger", occasions=4,
    text="""\
Written down by me, Avrohom Lieberman, for the officer who came on Sunday.

Tuesday 16th, about 4pm, walking home from shul along Leicester Road. Two boys on bikes, one with a blue North Face coat (I now know he is called Tyler, he lives on the estate by the garage). He rode at me and said "dirty Jew, I'll stab you". I was sure he had something in his pocket. I went into the dry cleaner's and waited for twenty minutes.

Thursday 18th, same boy, same place. Spat on the pavement in front of me and said "told you, you're getting it". I phoned my son to come and fetch me in the car because I did not believe I would get home without being attacked.

Saturday 20th, someone had written "JEWS OUT" on the wall by our gate. I cannot say it was him.

Sunday 21st, he shouted the same thing about stabbing from across the road while I was with my grandson. I do not walk on my own now.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "\"dirty Jew, I'll stab you\""),
        ("FEAR_OF_VIOLENCE", "I was sure he had something in his pocket"),
        ("THREAT_VIOLENCE", "\"told you, you're getting it\""),
        ("FEAR_OF_VIOLENCE", "I did not believe I would get home without being attacked"),
        ("THREAT_VIOLENCE", "shouted the same thing about stabbing"),
        ("SERIOUS_IMPACT", "I do not walk on my own now"),
    ],
)

case(
    13, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="sentencing_stranger_fixated_barista_victim_changed_job", relationship="customer", occasions=8,
    text="""\
Stuart Lambe, please stand. You are 36. You have pleaded guilty to one offence of stalking causing serious alarm or distress. I sentence you on the basis of plea, which the prosecution accepts.

The complainant was 19 and worked at a coffee shop at Reading station. You were a regular customer. In early January 2024 you began to leave notes in the tip jar addressed to her by name. She told you, politely and then less politely, that she had a boyfriend and was not interested. You did not accept that. Over the following seven weeks you came in almost every day she worked, sometimes sitting for three hours with one drink; you found her Instagram account and sent her more than forty messages from three different accounts after she blocked the first; and on two evenings in February you walked behind her from the station to the bus stop on Friar Street, keeping about twenty yards back.

There was never any threat. But the effect on her has been profound. She gave up the job, which she had enjoyed, and has taken a lower-paid post in Wokingham so that she does not have to pass through the station. She deleted her social media. Her mother now drives her everywhere after dark. She has been referred for counselling.""",
    spans=[
        ("STALK_GIFTS", "leave notes in the tip jar addressed to her by name"),
        ("UNWANTED", "she had a boyfriend and was not interested"),
        ("FIXATION", "You did not accept that"),
        ("STALK_TURN_UP", "came in almost every day she worked"),
        ("STALK_LOITER", "sometimes sitting for three hours with one drink"),
        ("STALK_MONITOR", "found her Instagram account"),
        ("STALK_CONTACT", "sent her more than forty messages from three different accounts after she blocked the first"),
        ("STALK_FOLLOW", "walked behind her from the station to the bus stop on Friar Street"),
        ("SERIOUS_IMPACT", "She gave up the job"),
        ("SERIOUS_IMPACT", "taken a lower-paid post in Wokingham"),
        ("SERIOUS_IMPACT", "She deleted her social media"),
        ("SERIOUS_IMPACT", "Her mother now drives her everywhere after dark"),
    ],
)

case(
    14, "harassment", "C",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="magistrates_reasons_abusive_emails_former_friend_dispute", relationship="acquaintance", occasions=5,
    text="""\
Reasons. The complainant and the defendant had been friends through a running club in Harrogate until a dispute in 2022 over money raised for a charity half-marathon, which the defendant believed the complainant had mishandled. Between 4 and 19 March 2023 the defendant sent her five emails. We have read them all. They call her "a thief", "a parasite" and "the most dishonest woman in Yorkshire", and they tell her that she disgusts everyone at the club. The fifth was copied to the club committee.

The defendant accepts sending them and says each was a legitimate complaint. A person may of course complain, but these emails are not complaints: they are abuse, sent repeatedly, after she had replied on 6 March asking him not to contact her again except through the committee. We are satisfied that a reasonable person would know this amounted to harassment.

We do not find that the defendant followed or watched the complainant, or that he had any interest in her beyond the dispute; the prosecution did not suggest otherwise. The complainant told us the emails left her anxious about going to club nights, though she has continued to attend.""",
    spans=[
        ("REPETITION", "sent her five emails"),
        ("UNWANTED", "asking him not to contact her again except through the committee"),
        ("REPETITION", "sent repeatedly"),
        ("DISTRESS", "left her anxious about going to club nights"),
    ],
)

case(
    15, "no_offence", "",
    voice="updates", case="mixed", noise="abbrev", batch="g",
    pattern="landlord_arrears_notices_visits_lawful_purpose", relationship="landlord", occasions=4,
    text="""\
UPDATE 1 - 02/10 PC 6613 MWANGI
Spoke to IP Mr Dariusz KOWAL by phone. Reports landlord (Mr Graham TOOLE, Toole Lettings) "harassing" him. On Q IP is 3 months behind on rent (£2,250). Landlord has sent 2 letters, rung him on 4 or 5 occasions about payment and attended the flat once on 28/09 with a section 8 notice which he handed to IP at the door. IP says TOOLE was "blunt" but not abusive, no threats, did not try to come in.

UPDATE 2 - 04/10 PC 6613 MWANGI
Seen copies of letters (photos on file). Both standard arrears letters w/ payment plan offer. Nothing untoward. Rang TOOLE - confirms, says he gives 24hr notice for any inspection and will go through court if needed. Advised re protocols for possession. No criminal offence disclosed - civil matter. Signposted IP to Shelter and council housing options.

UPDATE 3 - 05/10 PS 1187 HAWORTH
Agree. Not a PHA matter; contact has a lawful purpose and is proportionate. Finalise as non-crime incident. IP to call back if landlord attends without notice or conduct changes.""",
    spans=[],
)

case(
    16, "aggravated_harassment", "CR",
    voice="victim_diary", case="inconsistent", noise="typos", batch="g",
    pattern="takeaway_owner_diary_customer_racist_calls_refund", relationship="customer", occasions=5,
    text="""\
Golden Dragon, 8 Market St, Ilkeston - log of the man with the refund (Mr Yeo asked me to write it all, Wei Chen)

Fri 7 feb 9.40pm - customer says chips cold, wants money back. I say bring them back. he says "you chinks are all the same, ripping people off" and hangs up
SAT 8 FEB - rang 3 times in 1 hour. each time "ching chong" noises and swearing. my daughter answered the second one, she is 15.
mon 10 feb - one star review on google calling us "dog eaters" and saying we have covid. Google took it down after 2 days.
Wed 12 Feb - rang again asking for "the chink who owns it". I said I am calling police. he laughed.
Fri 14/2 - came in to the shop, stood at counter, said it again about dogs to the customers in the queue, then left. didnt order.

same number every time (07700 9xx xxx - on the police form). he never says he will hurt us. I just want him to stop, my wife is upset every time the phone rings on a friday night.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"you chinks are all the same, ripping people off\""),
        ("REPETITION", "rang 3 times in 1 hour"),
        ("RACIAL_HOSTILITY", "\"ching chong\" noises"),
        ("RACIAL_HOSTILITY", "calling us \"dog eaters\" and saying we have covid"),
        ("RACIAL_HOSTILITY", "\"the chink who owns it\""),
        ("REPETITION", "same number every time"),
        ("DISTRESS", "my wife is upset every time the phone rings"),
    ],
)

case(
    17, "stalking", "CS",
    voice="judgment", case="mixed", noise="redacted", batch="g",
    pattern="appeal_retelling_fake_dating_profiles_account_access", relationship="ex_partner", occasions=6,
    text="""\
1. The appellant ([REDACTED], then aged 31) and the complainant, to whom we shall refer as "C", were in a relationship from 2019 until C ended it in July 2022.

2. In September 2022 C began receiving messages from men she did not know. It emerged that a profile had been created in her name on two dating applications, using photographs taken during the relationship, and describing her as looking for "no strings" meetings. The profiles gave the name of the gym she attended and the road she lived on. At least one man came to the address.

3. Between September and December 2022 the profiles were deleted by the platforms and recreated on four further occasions. Data obtained from the platforms linked each creation to an email address controlled by the appellant. It was also established that the appellant had logged into C's iCloud account on eleven occasions after the separation, from an IP address at his workplace in XXXX.

4. C's evidence, which the judge accepted, was that she was humiliated and embarrassed. She did not suggest she feared violence from the appellant and it was not the Crown's case that her daily life had been substantially altered. The appellant was convicted of an offence contrary to section 2A.

5. The sole ground of appeal is that the conduct was "online only" and that no contact was made with C directly. That ground has no merit. Publishing material purporting to relate to a person, and monitoring their electronic communications, are expressly identified in section 2A(3). Appeal dismissed.""",
    spans=[
        ("STALK_PUBLISH", "a profile had been created in her name on two dating applications"),
        ("STALK_PUBLISH", "gave the name of the gym she attended and the road she lived on"),
        ("REPETITION", "recreated on four further occasions"),
        ("STALK_MONITOR", "logged into C's iCloud account on eleven occasions after the separation"),
        ("DISTRESS", "she was humiliated and embarrassed"),
    ],
)

case(
    18, "harassment_fear_of_violence", "CF",
    voice="statement", case="mixed", noise="clean", batch="g",
    pattern="mg11_brother_in_law_threats_family_feud", relationship="family", occasions=3,
    text="""\
I am the above named person and I live in Luton with my wife Parveen and our three children. Shafiq HAMID is Parveen's older brother. Since their father died in January there has been a dispute between Shafiq and Parveen about the house in Dallow Road, which was left to all the children.

On Saturday 9th March at about 2pm Shafiq came to our house. I opened the door. He would not come in. He pointed at me and said "You've put her up to this. I will break your legs, I swear on my father." He then walked off. I honestly thought he meant it. Shafiq has been in prison before for violence and I know what he is capable of. I did not go to work on the Monday because I was frightened he would be waiting for me at the depot.

On Wednesday 13th March I got a voice note on WhatsApp from Shafiq's number. It is about forty seconds long. He says I am a snake and that I should "count the days". I took this to mean he is going to come for me and hurt me. I played it to my wife and she recognised his voice.

On Sunday 17th March he drove slowly past our house twice and looked at me through the window. He did not stop. I have not had any further contact from him since then. I am scared that he will attack me when I am on my own. He has never threatened Parveen or the children.""",
    spans=[
        ("THREAT_VIOLENCE", "\"You've put her up to this. I will break your legs, I swear on my father.\""),
        ("FEAR_OF_VIOLENCE", "I honestly thought he meant it"),
        ("FEAR_OF_VIOLENCE", "I was frightened he would be waiting for me at the depot"),
        ("THREAT_VIOLENCE", "I should \"count the days\""),
        ("FEAR_OF_VIOLENCE", "I took this to mean he is going to come for me and hurt me"),
        ("STALK_WATCH", "drove slowly past our house twice and looked at me through the window"),
        ("FEAR_OF_VIOLENCE", "I am scared that he will attack me when I am on my own"),
    ],
)

case(
    19, "aggravated_stalking", "CSR",
    voice="victim_diary", case="lower", noise="abbrev", batch="g",
    pattern="ex_bf_diary_racial_slurs_turning_up_new_numbers", relationship="ex_partner", occasions=6,
    text="""\
aisha's log (ex = jordan k) - for pc dobson ref 33/1180/25

sat 4/1 - finished it w him by phone. told him not to contact me.
sun 5/1 - 19 msgs. mix of "please" and "u were nothing anyway u p*** s**g". screenshots saved.
tue 7/1 - blocked on everything. new number txt at 11pm "u cant block me forever".
thu 9/1 - he was sat in his car outside my work (boots, eldon sq) at 5.30 when i finished. didnt get out. i went back in + security walked me to the metro
sun 12/1 - my cousin says he commented on her insta asking if im "back with my own kind now".
wed 15/1 - outside work again. this time he got out + said "ill always know where u are". then called me a paki under his breath walking off.
not scared he'll hurt me tbh, he never has. just want it on record. still going to work normal.""",
    spans=[
        ("UNWANTED", "told him not to contact me"),
        ("STALK_CONTACT", "19 msgs"),
        ("RACIAL_HOSTILITY", "\"u were nothing anyway u p*** s**g\""),
        ("UNWANTED", "blocked on everything"),
        ("STALK_CONTACT", "new number txt at 11pm"),
        ("FIXATION", "\"u cant block me forever\""),
        ("STALK_LOITER", "sat in his car outside my work (boots, eldon sq)"),
        ("STALK_CONTACT", "commented on her insta asking if im \"back with my own kind now\""),
        ("REPETITION", "outside work again"),
        ("FIXATION", "\"ill always know where u are\""),
        ("RACIAL_HOSTILITY", "called me a paki under his breath"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="g",
    pattern="vps_ex_wife_impact_moved_counselling", relationship="ex_partner", occasions=5,
    text="""\
The Victim Personal Statement scheme has been explained to me. I understand that what I say may be used in court and disclosed to the defence.

I want the court to understand what the last eight months have been like. After Simon and I separated I thought it would get easier. Instead I would come out of the house and his van would be at the end of the road. He would ring my mum to ask where I was. He sent letters to my work, four of them, which my manager had to hand to me. When I stopped answering, he started turning up at my daughter's swimming lessons on a Tuesday night and sitting in the gallery staring at me the whole hour.

I have now moved to a rented house in another town and I am paying for a storage unit because the new place is smaller. I changed my job so that he does not know where I work. My daughter had to leave her swimming club. I check the street from the window before I go out, every single time. I have been seeing a counsellor through my GP since March and I am on medication to help me sleep. I do not think I will ever feel normal again.""",
    spans=[
        ("STALK_LOITER", "his van would be at the end of the road"),
        ("STALK_CONTACT", "He would ring my mum to ask where I was"),
        ("STALK_CONTACT", "He sent letters to my work, four of them"),
        ("STALK_TURN_UP", "turning up at my daughter's swimming lessons on a Tuesday night"),
        ("STALK_WATCH", "sitting in the gallery staring at me the whole hour"),
        ("SERIOUS_IMPACT", "I have now moved to a rented house in another town"),
        ("SERIOUS_IMPACT", "I changed my job so that he does not know where I work"),
        ("SERIOUS_IMPACT", "My daughter had to leave her swimming club"),
        ("SERIOUS_IMPACT", "I have been seeing a counsellor through my GP since March"),
    ],
)

case(
    21, "no_offence", "",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="appeal_mutual_volatile_cohabiting_rows_quashed", relationship="partner", occasions=5,
    text="""\
The appellant and the complainant lived together in a flat in Stoke-on-Trent from 2020. The Crown relied on five incidents over about eleven months. On each the parties argued, in most cases after both had been drinking. On two occasions neighbours heard both of them shouting and swearing; on one the complainant threw the appellant's phone into the canal and he called her names in return; on another the police attended and found both parties agitated, each making allegations against the other. After each incident the parties continued to live together.

We have considered the evidence with care. This was, on the evidence, a volatile relationship in which both parties behaved badly at times. There is nothing to show that the appellant's conduct was targeted at the complainant in an oppressive way as distinct from the unhappy ups and downs of a relationship in which both were participants. We are not persuaded that the incidents, taken together, were capable of amounting to harassment within the meaning of the Act. The conviction is unsafe and is quashed.""",
    spans=[],
)

case(
    22, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="crown_court_sentencing_car_wash_romanian_threats", relationship="stranger", occasions=3,
    text="""\
Jake Tolhurst, you were convicted by the jury of racially aggravated putting a person in fear of violence. The victim, Mr Andrei Munteanu, is Romanian and works at a hand car wash on the Canterbury Road in Margate.

On 23 April last year you drove onto the forecourt, wound down your window and told him that "Romanians steal and I'm going to cut you". He told the jury that he believed you, and that he hid behind the cabin until you drove off. On 30 April you returned with a friend, who is not before the court, and you said that you would "burn this place down with you lot in it". Mr Munteanu said he was sure that you were going to hurt him and he did not go to work for three days. On 6 May you parked across the exit, revved your engine towards him and shouted the same kind of abuse about Romanians.

You have shown no remorse. I am satisfied that your hostility towards him was based on his nationality; you made that clear in your own words each time.""",
    spans=[
        ("RACIAL_HOSTILITY", "\"Romanians steal"),
        ("THREAT_VIOLENCE", "I'm going to cut you\""),
        ("FEAR_OF_VIOLENCE", "he believed you, and that he hid behind the cabin"),
        ("THREAT_VIOLENCE", "\"burn this place down with you lot in it\""),
        ("FEAR_OF_VIOLENCE", "he was sure that you were going to hurt him"),
        ("SERIOUS_IMPACT", "he did not go to work for three days"),
        ("THREAT_VIOLENCE", "revved your engine towards him"),
        ("RACIAL_HOSTILITY", "shouted the same kind of abuse about Romanians"),
    ],
)

case(
    23, "harassment", "C",
    voice="victim_diary", case="mixed", noise="abbrev", batch="g",
    pattern="teacher_diary_parent_abusive_emails_gate", relationship="acquaintance", occasions=4,
    text="""\
Record kept by Ms R. Okonkwo-Bell (Yr 5 class teacher), St Barnabas CE Primary. Copy to Head + PC Lyle (Schools Officer).

21/11 - after Kacper's detention, Mr Gadd (dad) emailed me 10.52pm: "you are a pathetic excuse for a teacher, everyone can see you can't control a class". cc'd to governors.
22/11 - at the gate at 3.15 he said in front of other parents that I "pick on working class kids" and I should be "struck off". Mrs Patel (TA) witnessed.
25/11 - 2 more emails, 1 at 1.14am. calls me "a joke" and says he's going to "make my life hell" until I leave. (Head has these.)
28/11 - voicemail on school line, swearing, about 30 secs, calls me a "useless cow".

Head spoke to him on 26/11 and asked him to go through her only. He hasn't done that. I've not been threatened physically and I don't think he would, but I dread checking my inbox and I've had two nights of no sleep.""",
    spans=[
        ("UNWANTED", "asked him to go through her only. He hasn't done that."),
        ("REPETITION", "2 more emails, 1 at 1.14am"),
        ("DISTRESS", "I dread checking my inbox"),
        ("DISTRESS", "two nights of no sleep"),
    ],
)

case(
    24, "stalking", "CS",
    voice="victim_diary", case="lower", noise="heavy", batch="g",
    pattern="streamer_diary_online_stranger_ban_evasion_gifts", relationship="online", occasions=7,
    text="""\
log of "raven_k1ng" + alts. (me = cass, twitch streamer, ~300 followers)

- 2/3 - he's in chat every stream since jan, fine at 1st. tonight asks 4x what town im in. banned.
- 3/3 - back as raven_k1ng2. says "u cant get rid of me we're connected". banned
- 5/3 - dm on insta, different name but same way of typing (no caps, lots of ...). "ur the only one who gets me..." blocked
- 8/3 - parcel via my amazon wishlist, fine, BUT included a handwritten note w/ my real first name which ive never said on stream??
- 11/3 - 3rd alt account. commented on a vod from 2022 about the top i wore "u should wear that again 4 me"
- 14/3 - mod (jaz) says he messaged HER asking about my schedule
- 16/3 - 4th alt.
not scared tbh hes in Canada i think (timezone + says "eh" lol). still streaming as normal. reported to twitch, nothing back yet.""",
    spans=[
        ("REPETITION", "in chat every stream since jan"),
        ("FIXATION", "asks 4x what town im in"),
        ("STALK_CONTACT", "back as raven_k1ng2"),
        ("FIXATION", "\"u cant get rid of me we're connected\""),
        ("STALK_CONTACT", "dm on insta, different name"),
        ("UNWANTED", "blocked", 0),
        ("STALK_GIFTS", "included a handwritten note w/ my real first name"),
        ("STALK_MONITOR", "commented on a vod from 2022 about the top i wore"),
        ("STALK_CONTACT", "messaged HER asking about my schedule"),
        ("REPETITION", "4th alt."),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="crown_court_retelling_following_muslim_woman_bacon_fear", relationship="neighbour", occasions=6,
    text="""\
The facts, which are not in dispute for the purposes of sentence, are these. The victim, Mrs Nasreen Qureshi, lived two doors from the defendant, Lee Hardcastle, on Elmfield Terrace, Batley. From November 2022 the defendant took to following her when she walked her younger children to the mosque for evening classes. On at least four occasions he walked a few paces behind her, saying nothing, and stopped when she stopped. On 3 December he left raw bacon on her doorstep. On 17 December he stood at her gate and said "you and your lot want blowing up like you blow us up".

Mrs Qureshi told the police that from the first time he followed her she was convinced that he meant to attack her in the dark, and after the comment at the gate she believed he would hurt her or the children at the first opportunity. She has since stopped the evening classes. On 9 January he was found standing in her back garden at 1 am. He was arrested the following day.

These offences were aggravated by religious hostility, demonstrated by the bacon and by the words used, and I treat them as such.""",
    spans=[
        ("STALK_FOLLOW", "took to following her when she walked her younger children to the mosque"),
        ("STALK_FOLLOW", "walked a few paces behind her, saying nothing, and stopped when she stopped"),
        ("RELIGIOUS_HOSTILITY", "left raw bacon on her doorstep"),
        ("THREAT_VIOLENCE", "\"you and your lot want blowing up like you blow us up\""),
        ("FEAR_OF_VIOLENCE", "she was convinced that he meant to attack her in the dark"),
        ("FEAR_OF_VIOLENCE", "she believed he would hurt her or the children at the first opportunity"),
        ("SERIOUS_IMPACT", "She has since stopped the evening classes"),
        ("STALK_TURN_UP", "found standing in her back garden at 1 am"),
    ],
)

case(
    26, "harassment_fear_of_violence", "CF",
    voice="victim_diary", case="mixed", noise="typos", batch="g",
    pattern="football_coach_diary_parent_threats_son_dropped", relationship="acquaintance", occasions=3,
    text="""\
Mick Halloran - U14s coach, Bramley Juniors FC. Wrote this up the same night each time.

Sun 8 Sept. Dropped Kyle Sheard to the bench. After the game his dad Wayne come over to the car and said "drop him again and Ill put you in hospital". He was right in my face, I could smell the drink. I honestly thought he was going to swing for me, I jumped in the motor and hit the central locking.
Weds 11 Sept training. Wayne stood on the touchline the whole session with his arms folded. Didnt say anything.
Sun 15 Sept. Kyle started. Lost 4-1. Wayne texted me after "your a dead man walking Halloran, watch your back". I sat in the club house till the groundsman locked up because I was sure hed be stood by my van ready to have a go at me.
Told the club secretary. Not going to the Tuesday session this week, got Dev to cover.""",
    spans=[
        ("THREAT_VIOLENCE", "\"drop him again and Ill put you in hospital\""),
        ("FEAR_OF_VIOLENCE", "I honestly thought he was going to swing for me"),
        ("THREAT_VIOLENCE", "\"your a dead man walking Halloran, watch your back\""),
        ("FEAR_OF_VIOLENCE", "I was sure hed be stood by my van ready to have a go at me"),
        ("SERIOUS_IMPACT", "Not going to the Tuesday session this week"),
    ],
)

case(
    27, "no_offence", "",
    voice="result_note", case="upper", noise="abbrev", batch="g",
    pattern="result_note_boundary_hedge_dispute_civil", relationship="neighbour", occasions=3,
    text="""\
RESULT - NFA / NON CRIME. 3RD REPORT FROM THIS ADDRESS RE SAME ISSUE (SEE CADS 0412 OF 02/06 AND 1988 OF 19/06). RP MRS JEAN ELLERBY (71) STATES NEIGHBOUR MR OSMAN FARAH AT NO.22 HAS CUT BACK HER LEYLANDII ON HIS SIDE, PUT UP A NEW FENCE PANEL SHE SAYS IS 6 INCHES ON HER LAND AND HAS A DOG THAT BARKS WHEN HE IS AT WORK. BOTH PARTIES SPOKEN TO. FARAH HAS SURVEYOR'S PLAN, HAS OFFERED MEDIATION. NO ABUSE, NO THREATS, NO CONTACT WITH RP OTHER THAN A LETTER ASKING TO DISCUSS THE FENCE. RP ACCEPTS HE HAS NEVER BEEN RUDE TO HER. CIVIL BOUNDARY MATTER, ADVISED SOLICITOR / COMMUNITY MEDIATION. NOISE REFERRED TO COUNCIL ENV HEALTH. NO FURTHER POLICE ACTION.""",
    spans=[],
)

case(
    28, "stalking_fear_alarm_distress", "CSF",
    voice="victim_diary", case="mixed", noise="abbrev", batch="g",
    pattern="ex_partner_diary_following_car_fear_twice", relationship="ex_partner", occasions=5,
    text="""\
Paige - what Connor has done since I moved out of Kirkby Rd (crime ref 06/88213/24, DC Amin)

23 Aug - saw him in my rear view from Tesco to the turn off for Mum's. 3 cars back the whole way, his blue Corsa. I drove past Mum's and round the estate twice till he went.
27 Aug - message from his mate's phone "tell paige shes not getting away with it". 
30 Aug, 0615 - he was on the bench outside my new flat (Albion Ct). Didnt come to the door. I stayed inside and rang 999 because the last time he sat and waited for me like that he put my head through the wardrobe door. I was convinced he was going to do it again.
2 Sept - 2 withheld calls at work.
4 Sept - followed me on foot from the bus stop. I ran into the chippy and asked them to ring the police. I thought that was it, I thought he was going to kill me.

I'm sleeping with the kitchen knife drawer open. Mum's staying with me.""",
    spans=[
        ("STALK_FOLLOW", "3 cars back the whole way, his blue Corsa"),
        ("STALK_CONTACT", "message from his mate's phone"),
        ("THREAT_VIOLENCE", "\"tell paige shes not getting away with it\""),
        ("STALK_LOITER", "he was on the bench outside my new flat (Albion Ct)"),
        ("FEAR_OF_VIOLENCE", "I was convinced he was going to do it again"),
        ("STALK_CONTACT", "2 withheld calls at work"),
        ("STALK_FOLLOW", "followed me on foot from the bus stop"),
        ("FEAR_OF_VIOLENCE", "I thought he was going to kill me"),
    ],
)

case(
    29, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="g",
    pattern="crime_summary_workplace_anti_irish_comments_repeated", relationship="colleague", occasions=4,
    text="""\
Circs: IP Siobhan McGUIGAN (44) is a driver at Fleetway Logistics, Avonmouth depot. Susp is transport supervisor Barry NEWCOMBE (52). IP reports that since she transferred from the Belfast site in Feb susp has made repeated remarks about her being Irish: called her "the bog-trotter" on the radio on at least 3 occ (heard by other drivers, W1 Dale PRICE has given MG11), asked in a team briefing on 14/04 whether she'd "brought her balaclava", and on 22/04 put a potato on her seat in the cab with a note "lunch for Paddy". IP has raised a grievance, outcome pending. IP states she is "sick of it" and dreads shifts where he's on, no threats of any kind made, not fearful. Susp interviewed 02/05, accepts "banter", denies intent. File to CPS for charging advice.""",
    spans=[
        ("RACIAL_HOSTILITY", "called her \"the bog-trotter\" on the radio"),
        ("REPETITION", "on at least 3 occ"),
        ("RACIAL_HOSTILITY", "whether she'd \"brought her balaclava\""),
        ("RACIAL_HOSTILITY", "put a potato on her seat in the cab with a note \"lunch for Paddy\""),
        ("DISTRESS", "dreads shifts where he's on"),
    ],
)

case(
    30, "aggravated_stalking", "CSR",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="magistrates_retelling_notes_on_car_watching_house_indian_gp", relationship="stranger", occasions=6,
    text="""\
Dr Priya Venkataraman is a GP at a surgery in Lowestoft. The defendant, Keith Amos, was briefly registered at the practice in 2023 and was removed from the list after a dispute about a prescription.

Between March and June 2024 the defendant left six handwritten notes under the windscreen wiper of Dr Venkataraman's car, which she parked in the staff bay. The notes are exhibited. They refer to her as "Dr Curry" and tell her that "your sort" should be "treating people in your own country". Two of them refer to her children's school by name. A neighbour of Dr Venkataraman's saw a man matching the defendant's description, and later identified him, standing on the pavement opposite her house on three evenings in May, looking up at the windows.

The defendant did not give evidence. We are sure he wrote the notes and that he was the man outside the house. Dr Venkataraman told us she was "unnerved" but, to her credit, has not altered her routine.""",
    spans=[
        ("STALK_GIFTS", "left six handwritten notes under the windscreen wiper"),
        ("RACIAL_HOSTILITY", "refer to her as \"Dr Curry\""),
        ("RACIAL_HOSTILITY", "\"treating people in your own country\""),
        ("STALK_MONITOR", "Two of them refer to her children's school by name"),
        ("STALK_WATCH", "standing on the pavement opposite her house on three evenings in May, looking up at the windows"),
        ("DISTRESS", "she was \"unnerved\""),
    ],
)

case(
    31, "harassment", "C",
    voice="third_party", case="mixed", noise="typos", batch="g",
    pattern="daughter_reports_for_mother_nuisance_abusive_calls_ex_tenant", relationship="acquaintance", occasions=6,
    text="""\
Online report made by daughter on behalf of mother.

My mum Brenda Whitworth (78) used to rent out the flat above her shop in Goole. The last tenant, a man called Darren Marsden, left owing 2 months in the summer and she kept his deposit. Since then he has been ringing her landline at all hours. He calls her a "thieving old witch", a "senile bitch" and tells her shes going to "rot in hell". Mum has counted 6 calls since 1st Oct, most late at night, and she has written some of them on the calender. She doesnt really understand how to block numbers and he rings from a withheld number anyway. I have told him myself on the phone to stop contacting her and use the small claims court if he thinks hes owed money.

He hasnt threatened to hurt her, to be fair, and hes never come to the house. But she is getting very upset and isnt sleeping. I am worried about her.""",
    spans=[
        ("REPETITION", "ringing her landline at all hours"),
        ("REPETITION", "6 calls since 1st Oct, most late at night"),
        ("UNWANTED", "told him myself on the phone to stop contacting her"),
        ("DISTRESS", "she is getting very upset and isnt sleeping"),
    ],
)

case(
    32, "stalking", "CS",
    voice="victim_diary", case="mixed", noise="clean", batch="g",
    pattern="ex_girlfriend_diary_pleading_via_friends_letters", relationship="ex_partner", occasions=6,
    text="""\
Owen's notes. Started keeping these after PC Sandhu said to on 10 June.

29 May. Ended it with Freya at the Crown. Told her I needed space and please don't keep messaging.
30 May. 27 WhatsApps overnight, all "I can't live without you", "just tell me what I did". No threats.
1 June. Blocked her. Her sister Imogen messaged me on Facebook to say Freya is "in bits" and I should ring her.
3 June. Letter in my postbox at the flat, four pages, says we are "soulmates" and she'll wait as long as it takes.
6 June. Emails to my work address, three of them. My manager asked me about it.
8 June. Freya's best mate Abi turned up at my five-a-side and handed me a card from Freya.

I'm not frightened of her. It's just relentless and I feel guilty and harassed at the same time.""",
    spans=[
        ("UNWANTED", "please don't keep messaging"),
        ("STALK_CONTACT", "27 WhatsApps overnight"),
        ("FIXATION", "\"I can't live without you\""),
        ("UNWANTED", "Blocked her"),
        ("STALK_CONTACT", "Her sister Imogen messaged me on Facebook"),
        ("STALK_GIFTS", "Letter in my postbox at the flat, four pages"),
        ("FIXATION", "we are \"soulmates\" and she'll wait as long as it takes"),
        ("STALK_CONTACT", "Emails to my work address, three of them"),
        ("STALK_CONTACT", "handed me a card from Freya"),
        ("DISTRESS", "It's just relentless"),
    ],
)

case(
    33, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="victim_diary", case="lower", noise="typos", batch="g",
    pattern="shopkeeper_diary_sikh_threats_group_leader", relationship="customer", occasions=3,
    text="""\
harjit singh sandhu - off licence, 112 Wellington st, Gravesend. writing what happen with the man in the grey tracksuit (police say hes called Ricky Dunn)

19/10 - he try to buy cider with no money, i say no. he pull at my turban and say "take that tea towel off ill set fire to it with you under it". i lock myself behind the counter glass and press the alarm, i think he will burn me.
24/10 - he come back with 2 others, stood outside shouting "bin laden" and kick the door. i believe he is going to come in and beat me, i ring 999 shaking.
2/11 - he throw a bottle at shop window, crack it. shout same things about my turban.
i close the shop at 8 now not 11. my son stays with me in evenings.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "he pull at my turban"),
        ("THREAT_VIOLENCE", "\"take that tea towel off ill set fire to it with you under it\""),
        ("FEAR_OF_VIOLENCE", "i think he will burn me"),
        ("RACIAL_HOSTILITY", "shouting \"bin laden\""),
        ("FEAR_OF_VIOLENCE", "i believe he is going to come in and beat me"),
        ("RELIGIOUS_HOSTILITY", "shout same things about my turban"),
        ("SERIOUS_IMPACT", "i close the shop at 8 now not 11"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSD",
    voice="judgment", case="mixed", noise="redacted", batch="g",
    pattern="appeal_sentence_gps_tracker_moved_house_job", relationship="ex_partner", occasions=5,
    text="""\
This is an appeal against a sentence of 20 months' imprisonment imposed at the Crown Court at [REDACTED] following a guilty plea.

The appellant and the victim, "V", separated in April 2023. Over the next four months the appellant placed a GPS tracking device under the rear bumper of V's car, which he monitored through an application on his phone; he appeared at places she had driven to, including a supermarket car park in XXXX and her sister's home, on at least four occasions; and he sent her messages describing where she had been that day. The device was discovered by a mechanic in August.

The judge had V's personal statement. She had moved out of the area with her son, changed employer, and was receiving treatment for anxiety. It was rightly accepted that there was no fear of violence. The offence fell within category 2A of the guideline. We see no error in the judge's approach and the appeal is dismissed.""",
    spans=[
        ("STALK_MONITOR", "placed a GPS tracking device under the rear bumper of V's car"),
        ("STALK_TURN_UP", "appeared at places she had driven to"),
        ("REPETITION", "on at least four occasions"),
        ("STALK_MONITOR", "sent her messages describing where she had been that day"),
        ("SERIOUS_IMPACT", "moved out of the area with her son"),
        ("SERIOUS_IMPACT", "changed employer"),
        ("SERIOUS_IMPACT", "receiving treatment for anxiety"),
    ],
)

case(
    35, "no_offence", "",
    voice="victim_diary", case="mixed", noise="abbrev", batch="g",
    pattern="diary_single_threat_ex_then_no_contact", relationship="ex_partner", occasions=1,
    text="""\
Fri 28/2 - Callum came to collect the last of his stuff. Row about the telly. He said "if you weren't a woman I'd knock you out" and slammed the door on the way out. I was really scared for about an hour, rang my brother to come over.
Sat 1/3 - nothing.
Sun 2/3 - he texted Tom (my brother) to say sorry and that he was out of order. Nothing to me.
8/3 - still nothing from him. He's moved to his mum's in Bangor I think. Haven't seen him or heard from him since the Friday. PC Rowlands said she'll put a marker on the address anyway.""",
    spans=[
        ("THREAT_VIOLENCE", "\"if you weren't a woman I'd knock you out\""),
        ("FEAR_OF_VIOLENCE", "I was really scared for about an hour"),
    ],
)

case(
    36, "harassment_fear_of_violence", "CF",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="crown_court_summary_landlord_threatens_tenant_twice", relationship="landlord", occasions=3,
    text="""\
The complainant, Mr Toby Ashworth, rented a room in a house in Salford owned by the defendant, Mr Desmond Rourke. In December 2022 Mr Ashworth reported a leaking boiler to the council. The defendant learned of this.

On 4 January 2023 the defendant let himself into the house, went to Mr Ashworth's room and told him that "grasses get their heads kicked in round here". Mr Ashworth described himself as "terrified"; he said he expected to be hit there and then and he stood with his back to the wall until the defendant left. On 9 January the defendant sent him a text: "you've got till Friday or my lads will drag you out and you won't walk for a month". Mr Ashworth said he believed the defendant's associates would come and beat him, and he slept at a friend's house that weekend. On 13 January the defendant changed the locks.

The jury convicted on the count under section 4. The defendant had a landlord's legitimate interest in his property; nothing in that interest justified threats of this kind.""",
    spans=[
        ("STALK_TURN_UP", "let himself into the house, went to Mr Ashworth's room"),
        ("THREAT_VIOLENCE", "\"grasses get their heads kicked in round here\""),
        ("FEAR_OF_VIOLENCE", "he expected to be hit there and then"),
        ("THREAT_VIOLENCE", "\"you've got till Friday or my lads will drag you out and you won't walk for a month\""),
        ("FEAR_OF_VIOLENCE", "he believed the defendant's associates would come and beat him"),
        ("STALK_PROPERTY", "changed the locks"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="victim_diary", case="mixed", noise="abbrev", batch="g",
    pattern="diary_student_follower_antiblack_notes_changed_route", relationship="acquaintance", occasions=6,
    text="""\
Diary - Tendai Mupfumira, Rm 14B Cavendish Halls. Ref uni security 0098 + police 47/55102/24

Oct 3 - Liam from my seminar group sat next to me in the library again (4th time this week), kept asking which hall I'm in. Told him I'd rather he didn't.
Oct 6 - he was outside Cavendish reception when I got back from the SU, about 11.30pm. said he was "just passing".
Oct 9 - note pushed under my door. "why do you only talk to your own? I'm not good enough for a black girl?" - typed, no name, but he's the only one who asked about my room.
Oct 12 - followed me from the 14:00 lecture to the bus stop, stayed on the other side of the road. Friend Chipo saw.
Oct 15 - he posted a pic of me on the course groupchat with a monkey emoji. Deleted after 5 mins, Chipo screenshotted it.
Oct 18 - outside reception again.

I've switched to the online seminar group, I go the long way round by the sports centre, and I don't go to the library at all now. Mum's coming up at weekends.""",
    spans=[
        ("STALK_TURN_UP", "sat next to me in the library again (4th time this week)"),
        ("FIXATION", "kept asking which hall I'm in"),
        ("UNWANTED", "Told him I'd rather he didn't"),
        ("STALK_LOITER", "he was outside Cavendish reception when I got back from the SU"),
        ("STALK_GIFTS", "note pushed under my door"),
        ("RACIAL_HOSTILITY", "\"why do you only talk to your own? I'm not good enough for a black girl?\""),
        ("STALK_FOLLOW", "followed me from the 14:00 lecture to the bus stop"),
        ("RACIAL_HOSTILITY", "posted a pic of me on the course groupchat with a monkey emoji"),
        ("REPETITION", "outside reception again"),
        ("SERIOUS_IMPACT", "I've switched to the online seminar group"),
        ("SERIOUS_IMPACT", "I go the long way round by the sports centre"),
        ("SERIOUS_IMPACT", "I don't go to the library at all now"),
    ],
)

case(
    38, "stalking", "CS",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="magistrates_retelling_former_client_repeated_visits_gifts_therapist", relationship="customer", occasions=5,
    text="""\
The complainant is a physiotherapist who runs a one-person clinic from premises on the high street in Ludlow. The defendant, Mr Gregory Penhaligon, was a patient for six sessions in the autumn of 2023. In January 2024 she discharged him and, after he sent a card declaring his feelings for her, told him in writing that she could not treat him further and that he should not contact her.

Over the next two months he came to the clinic on five occasions without an appointment, usually at closing time, and on two of them waited in the doorway of the bakery opposite until she locked up. He left a bunch of lilies and a bottle of perfume on the clinic step. He also booked appointments under his middle name and a different email address, which she discovered only when he arrived.

The complainant told us she found it "tiring and a bit sad" and that she had not changed her hours. We accept the defendant is lonely. That does not excuse conduct that continued after an unequivocal request to stop.""",
    spans=[
        ("FIXATION", "sent a card declaring his feelings for her"),
        ("UNWANTED", "told him in writing that she could not treat him further and that he should not contact her"),
        ("STALK_TURN_UP", "came to the clinic on five occasions without an appointment"),
        ("STALK_LOITER", "waited in the doorway of the bakery opposite until she locked up"),
        ("STALK_GIFTS", "left a bunch of lilies and a bottle of perfume on the clinic step"),
        ("STALK_CONTACT", "booked appointments under his middle name and a different email address"),
        ("DISTRESS", "\"tiring and a bit sad\""),
    ],
)

case(
    39, "aggravated_harassment", "CR",
    voice="notebook", case="inconsistent", noise="abbrev", batch="g",
    pattern="pnb_entry_bus_driver_repeat_passenger_abuse", relationship="customer", occasions=3,
    text="""\
TUESDAY 11TH MARCH
1340 Attended Arriva depot, Canal St, Chester re ongoing abuse of driver. Spoke to IP Mr Kwabena OWUSU (driver, 38).
IP states same male passenger, known to drivers as "the lad with the Stone Island coat", boarded his 41 service on 24/02, 03/03 and 10/03. Each time refused to pay, called IP a "black c***" and said "this country's gone to s*** letting your lot drive buses". On 10/03 he also spat on the cab screen.
IP: "I'M NOT SCARED OF HIM, I'M JUST SICK OF IT EVERY WEEK".
CCTV from bus for 10/03 seized by depot mgr, I have viewed - male IC1, 20s, coat as desc. Exhibit ref AK/1.
1415 Cleared. To circulate still image. Susp believed to be Reece BRADSHAW (PNC check pending).""",
    spans=[
        ("REPETITION", "boarded his 41 service on 24/02, 03/03 and 10/03"),
        ("RACIAL_HOSTILITY", "called IP a \"black c***\""),
        ("RACIAL_HOSTILITY", "\"this country's gone to s*** letting your lot drive buses\""),
        ("DISTRESS", "I'M JUST SICK OF IT EVERY WEEK"),
    ],
)

case(
    40, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="g",
    pattern="supervisor_misnames_stalking_neighbour_parking_abuse", relationship="neighbour", occasions=4,
    text="""\
Sgt review 19/08 - 1605hrs - PS 0921 Lindqvist

Classified by OIC as stalking (8Q). Have read the file. Susp Mr Ron GEDDES (67), no.5 Kestrel Rise, IP Mrs Amy FAULKNER (34), no.7. Issue is the shared drive: IP parks her work van across it. Since July susp has on 4 occ left notes on the van windscreen calling her a "selfish slag" and "a waste of oxygen" (one with "MOVE IT OR LOSE IT" in capitals), shouted at her across the drive on 2 occ, and emailed the housing assoc about her van.
No following/watching/loitering beyond being at his own house, no interest in IP outside the parking row. No threats. IP upset, "dreading coming home", no change to routine.
I'm happy it's a course of conduct but this is about the drive, not about her. PIN-style words of advice already given 28/07, ignored. OIC to re-look at classification and update VPS. Mediation offer via HA also.""",
    spans=[
        ("REPETITION", "on 4 occ"),
        ("REPETITION", "on 2 occ"),
        ("DISTRESS", "\"dreading coming home\""),
    ],
)

case(
    41, "aggravated_stalking", "CSR",
    voice="call_log", case="upper", noise="heavy", batch="g",
    pattern="call_log_neighbour_follows_filming_anti_muslim", relationship="neighbour", occasions=5,
    text="""\
2143 CLR MRS FARHANA BEGUM STS MALE FROM OPP (NO.30 HOLLINS RD, OLDHAM) IS OUTSIDE HER HSE AGAIN FILMING HER FRONT WINDOW ON HIS PHONE. 5TH TIME THIS MTH. PREV CADS 1182 08/06, 0977 14/06.
2144 CLR STS HE HAS PREV FOLLOWED HER TO THE MOSQUE ON FRI + STOOD OUTSIDE TILL SHE CAME OUT. SHOUTED "ISIS BRIDE" AT HER ON 14/06.
2145 ALSO PUTS STUFF ON LOCAL FB GRP ABOUT "THE MUSLIM WOMAN AT 31" WITH PICS OF HER CAR. CLR NOT INJURED, NO THREATS OF VIOLENCE, STS "IM NOT FRIGHTENED OF HIM JUST WANT HIM TO STOP". CHILDREN IN HSE.
2146 THRIVE - T LOW H MED R MED. G2.
2151 RES ALLOCATED PC 3317.
2238 PC 3317 O/S - MALE NOT PRESENT, DOOR NOT ANSWERED AT 30. WORDS W/ CLR, SCREENSHOTS OF FB POSTS OBTAINED. CRIME TO BE RAISED.""",
    spans=[
        ("STALK_LOITER", "IS OUTSIDE HER HSE AGAIN"),
        ("STALK_WATCH", "FILMING HER FRONT WINDOW ON HIS PHONE"),
        ("REPETITION", "5TH TIME THIS MTH"),
        ("STALK_FOLLOW", "FOLLOWED HER TO THE MOSQUE ON FRI"),
        ("STALK_LOITER", "STOOD OUTSIDE TILL SHE CAME OUT"),
        ("RELIGIOUS_HOSTILITY", "SHOUTED \"ISIS BRIDE\" AT HER"),
        ("STALK_PUBLISH", "PUTS STUFF ON LOCAL FB GRP ABOUT \"THE MUSLIM WOMAN AT 31\" WITH PICS OF HER CAR"),
        ("UNWANTED", "JUST WANT HIM TO STOP"),
    ],
)

case(
    42, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="g",
    pattern="diary_former_friend_fixated_orders_takeaways_moved", relationship="acquaintance", occasions=7,
    text="""\
stuff thats happened - becky

since i stopped speaking to dan in march (after he told everyone at the pub we were "basically together" which we never were)
- 2 april, 3 pizzas delivered i never ordered. cash on delivery.
- 5 april, taxi turned up at 4am "for rebecca" to the airport
- 9 april he left a comment on my mums facebook saying he "misses our chats"
- 16 april he was in the car park at my work when i come out on my break. just sat there in his car looking at me. i went back in
- 20 april someone signed me up to 40 odd mailing lists and a dating site using my work email. cant prove its him but who else
- 23 april car park again
- 27 april another load of takeaways

i moved to my sisters in Castleford on the 1st may because he knows my flat. ive had 2 weeks off work with stress, doc signed me off. i dont go to the pub anymore.""",
    spans=[
        ("FIXATION", "he told everyone at the pub we were \"basically together\""),
        ("STALK_ORDERS", "3 pizzas delivered i never ordered"),
        ("STALK_ORDERS", "taxi turned up at 4am \"for rebecca\" to the airport"),
        ("STALK_CONTACT", "left a comment on my mums facebook"),
        ("STALK_LOITER", "he was in the car park at my work"),
        ("STALK_WATCH", "just sat there in his car looking at me"),
        ("STALK_ORDERS", "signed me up to 40 odd mailing lists and a dating site"),
        ("REPETITION", "car park again"),
        ("STALK_ORDERS", "another load of takeaways"),
        ("SERIOUS_IMPACT", "i moved to my sisters in Castleford on the 1st may"),
        ("SERIOUS_IMPACT", "ive had 2 weeks off work with stress"),
        ("SERIOUS_IMPACT", "i dont go to the pub anymore"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="g",
    pattern="sentencing_threats_to_kurdish_barber_nationality", relationship="business", occasions=3,
    text="""\
Aaron Selby, you fall to be sentenced for an offence of racially aggravated putting a person in fear of violence, to which you pleaded guilty on the day of trial, so the credit you receive is limited.

Mr Rebwar Aziz is a Kurdish barber with a shop next to the tanning salon you manage on Bridge Street in Mansfield. You took against him from the day he opened. In the first week of June you came into his shop, in front of customers, and said: "I'll smash your face through that mirror, you foreign rat, go back to Iraq". Mr Aziz said he believed you would do exactly that and he locked the shop door for the rest of the afternoon. Ten days later you waited for him at the back door as he put the rubbish out and said you would "finish him" and that "no one will miss another immigrant". He tells me that he was certain you would attack him and that he has carried a personal alarm ever since. Some days later you wrote "IRAQI SCUM" in marker pen on his shutter.

The hostility to his nationality is obvious from your words and it is an aggravating feature of the offence itself.""",
    spans=[
        ("THREAT_VIOLENCE", "\"I'll smash your face through that mirror"),
        ("RACIAL_HOSTILITY", "you foreign rat, go back to Iraq\""),
        ("FEAR_OF_VIOLENCE", "he believed you would do exactly that"),
        ("THREAT_VIOLENCE", "you would \"finish him\""),
        ("RACIAL_HOSTILITY", "\"no one will miss another immigrant\""),
        ("FEAR_OF_VIOLENCE", "he was certain you would attack him"),
        ("RACIAL_HOSTILITY", "\"IRAQI SCUM\""),
    ],
)

case(
    44, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="dash_note", case="mixed", noise="abbrev", batch="g",
    pattern="dash_ex_husband_stalking_racial_abuse_fear_high_risk", relationship="ex_partner", occasions=6,
    text="""\
DASH completed 07/11 1330 by PC 5529 Fairbairn, at IP's home (via interpreter, Tigrinya, tel).
Score 16 / HIGH. MARAC referral submitted. S-DASH: 9 of 11 yes.
IP Mrs Selam Tesfay (33). Susp ex-husband Paul ARMITAGE (45), separated Aug.
Q8 comments: "He is always there. Outside my work at the laundry, outside the school, he follows my bus in his car." IP estimates 5-6 times in last 3 weeks. Also sends voice notes calling her a "f***ing refugee" and saying he will "send her back in a box".
IP: "I know he will hurt me. When I saw him at the school gate on Monday I could not breathe, I thought today he will do it." Says same on 29/10 when he was behind her bus, she got off early and hid in a shop.
Q on children: 2, both his. Susp has prev for ABH on previous partner (PNC).
Rationale: escalating, fixated, recent separation, threats + racist abuse. HIGH. Safety plan done, TecSOS applied for, IDVA informed.""",
    spans=[
        ("FIXATION", "\"He is always there."),
        ("STALK_LOITER", "Outside my work at the laundry, outside the school"),
        ("STALK_FOLLOW", "he follows my bus in his car"),
        ("REPETITION", "5-6 times in last 3 weeks"),
        ("RACIAL_HOSTILITY", "calling her a \"f***ing refugee\""),
        ("THREAT_VIOLENCE", "he will \"send her back in a box\""),
        ("FEAR_OF_VIOLENCE", "\"I know he will hurt me."),
        ("FEAR_OF_VIOLENCE", "I thought today he will do it"),
        ("FEAR_OF_VIOLENCE", "she got off early and hid in a shop"),
        ("ESCALATION", "escalating"),
    ],
)
