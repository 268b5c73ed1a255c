# ruff: noqa: E501
"""Hand-written narratives, writer va: neighbours and housing (parking, noise, boundaries, bins, extensions, tenancies)."""

from corpora.handwritten import case

case(
    1, "harassment", "C",
    voice="call_log", case="mixed", noise="abbrev", batch="va",
    pattern="neighbour_leaves_notes_on_windscreen_over_dropped_kerb_parking", relationship="neighbour", occasions=5,
    text="""\
CAD 4471 1832hrs. IP Mrs Dawn HOLLIS, 14 Carrow Rd. Reports neighbour at no.16 (SUSP Graham PELL) has left notes on her windscreen about where she parks, 4 times since 2/3. Notes say things like "MOVE YOUR HEAP OFF MY DROPPED KERB" and "last warning, ill get you towed". Today's one was taped over her wipers and called her a selfish cow. IP says he also knocked on her door Sat shouting about the kerb. No threats of violence. IP says its all about the parking, he has never bothered her about anything else in 6 yrs. She is fed up rather than scared. Advised re council for dropped kerb markings / civil route. ASB ref given. OIC to attend and speak to SUSP.""",
    spans=[
        ("STALK_CONTACT", "has left notes on her windscreen about where she parks"),
        ("REPETITION", "4 times since 2/3"),
        ("STALK_CONTACT", "Today's one was taped over her wipers and called her a selfish cow"),
        ("STALK_CONTACT", "knocked on her door Sat shouting about the kerb"),
    ],
)

case(
    2, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="mixed", noise="typos", batch="va",
    pattern="boundary_dispute_turns_into_neighbour_fixation_victim_changes_route_and_fits_cameras", relationship="neighbour", occasions=6,
    text="""\
Diary kept at PC Okafor's suggestion.

12 April - Fence went up today, the one the surveyor said was on the right line. Keith from no.9 stood at his window the whole time the men were working. Fine, it was about the fence then.

19 April - Keith was at the end of my path when I came back from Tesco. He didnt say anything about the fence. He asked who the man was that dropped me off on Thursday. That was my brother. How does he know about thursday.

23 April - He was sat in his car across the road at 7.10am when I left for work. Still there at 7.40 acording to Mrs Adeyemi (she walks her dog past).

26 April - Card through the door. "You look tired lately Lorraine, you should get more sleep, I notice your light goes off late." I never told him my name is Lorraine, everyone round here calls me Lorrie.

1 May - He followed me into the Co-op on Brant St and stood behind me at the till. Didnt buy anything. Walked out after me.

3 May - Saw him photographing my bedroom window from the pavement.

I have moved into the back bedroom. Ive had a Ring doorbell and two cameras fitted (£340) and I now drive the long way round via the ring road so I dont go past his house. I leave at 6.30 instead of 7 so hes not up yet. The fence isnt even mentioned anymore, it is me he is interested in. He has never threatend me and I dont think he would hit me, but I cant live like this.""",
    spans=[
        ("STALK_LOITER", "was at the end of my path when I came back from Tesco"),
        ("STALK_MONITOR", "He asked who the man was that dropped me off on Thursday"),
        ("STALK_WATCH", "sat in his car across the road at 7.10am when I left for work"),
        ("STALK_CONTACT", "Card through the door"),
        ("FIXATION", "I notice your light goes off late"),
        ("STALK_FOLLOW", "followed me into the Co-op on Brant St and stood behind me at the till"),
        ("STALK_FOLLOW", "Walked out after me"),
        ("STALK_WATCH", "photographing my bedroom window from the pavement"),
        ("SERIOUS_IMPACT", "I have moved into the back bedroom"),
        ("SERIOUS_IMPACT", "Ive had a Ring doorbell and two cameras fitted"),
        ("SERIOUS_IMPACT", "I now drive the long way round via the ring road"),
        ("SERIOUS_IMPACT", "I leave at 6.30 instead of 7"),
        ("FIXATION", "it is me he is interested in"),
    ],
)

case(
    3, "no_offence", "",
    voice="notebook", case="mixed", noise="abbrev", batch="va",
    pattern="mutual_rows_between_neighbours_over_shared_recycling_bins", relationship="neighbour", occasions=3,
    text="""\
0915 Tues 8/10. Att 22 & 24 Fennel Close re ongoing bins dispute. Both parties rang 101 within 10 mins of each other. Mr ARCHER (22) says Mrs BLYTHE (24) keeps putting her recycling in his blue bin + called him a fat slob over the fence this am. Mrs BLYTHE says Archer started it, told her to f*** off last wk and she only answered back. W (postman, Kev) confirms both shouting at each other this am, "six of one". Both admit rows on 3 occasions since Aug, all about bins, both giving as good as they get. No threats either way, neither afraid of the other. Words of advice both. Suggested council mediation + bins labelled w/ house nos. NFA police matter. ASB diary sheets left w/ both.""",
    spans=[],
)

case(
    4, "aggravated_harassment", "CR",
    voice="crime_summary", case="mixed", noise="abbrev", batch="va",
    pattern="upstairs_neighbour_racist_notes_over_washing_machine_noise", relationship="neighbour", occasions=3,
    text="""\
Crime summary - Racially aggravated harassment (s.2 PHA / s.32 CDA 1998) - occ 3/11 - 21/11.
VIC Mr Tariq AZIZ, ground floor flat 2, Elm Court. SUSP Brian NOLAN, flat 4 directly above. Dispute began over VIC's washing machine running late evening. SUSP has since pushed three handwritten notes under VIC's door: 3/11 "keep the noise down you P*ki scum"; 12/11 "this is England, turn it off or go back where you came from"; 21/11 "last one, noisy foreigner". VIC moved his washing to weekend daytime after the first note - notes continued regardless. VIC states he is upset and embarrassed, his kids read the second note. No threats of violence. SUSP admits the notes, 'lost his temper'. Remains issue based (noise) - no wider pattern of watching etc.""",
    spans=[
        ("STALK_CONTACT", "pushed three handwritten notes under VIC's door"),
        ("RACIAL_HOSTILITY", "keep the noise down you P*ki scum"),
        ("RACIAL_HOSTILITY", "go back where you came from"),
        ("RACIAL_HOSTILITY", "noisy foreigner"),
        ("REPETITION", "notes continued regardless"),
        ("DISTRESS", "he is upset and embarrassed"),
    ],
)

case(
    5, "harassment_fear_of_violence", "CFD",
    voice="statement", case="mixed", noise="clean", batch="va",
    pattern="shared_driveway_van_blocking_two_threats_elderly_victim_uses_taxis", relationship="neighbour", occasions=3,
    text="""\
I live at 7A Larch Lane and share a driveway with number 7, where Mr Declan Fry lives. The driveway is in both our deeds and we are both meant to keep it clear. Since about June Mr Fry has parked his van across the middle so I cannot get my car out. On 4 September I asked him to move it and he came right up to my face and said "touch my van and I'll break your jaw." I went back inside. On 11 September I had to leave for a hospital appointment and knocked on his door. He opened it holding a claw hammer and said "I told you what would happen, next time I won't just talk." He then moved the van, slowly. On 15 September he left the van there again all day. I am frightened of him. I am 67 and I believe he would hurt me if I gave him a reason. I have not said anything to him since and I have been getting taxis from the end of the road instead of using my car. I do not think he has any interest in me apart from the driveway.""",
    spans=[
        ("UNWANTED", "parked his van across the middle so I cannot get my car out"),
        ("THREAT_VIOLENCE", "touch my van and I'll break your jaw"),
        ("THREAT_VIOLENCE", "I told you what would happen, next time I won't just talk"),
        ("REPETITION", "left the van there again all day"),
        ("FEAR_OF_VIOLENCE", "I am frightened of him"),
        ("FEAR_OF_VIOLENCE", "I believe he would hurt me if I gave him a reason"),
        ("SERIOUS_IMPACT", "I have been getting taxis from the end of the road instead of using my car"),
    ],
)

case(
    6, "aggravated_stalking", "CSR",
    voice="updates", case="mixed", noise="abbrev", batch="va",
    pattern="residents_association_chair_photographs_and_posts_about_muslim_resident_after_agm", relationship="neighbour", occasions=5,
    text="""\
UPDATE 1 (PC 2231 Marsh) 14/02: Spoke to VIC Mrs Samira HADDAD by phone. She says SUSP Roy ELLISON, chair of Northgate Residents' Assoc, has taken against her since she objected at the AGM to the new parking permit scheme. Since then he has photographed her front door and car several times from the pavement, posted those photos on the Northgate Residents FB group with comments about 'certain people', and posted that 'she should take that thing off her head if she wants a say in this country'.
UPDATE 2 (PC 2231) 16/02: Screenshots rec'd. 9 posts about VIC 20/1 - 13/2, several naming her house no. Also 2 comments calling her 'the burka woman' and one saying 'Islam has no place on this estate'.
UPDATE 3 (DC Pryce) 19/02: VIC reports SUSP now stands at the end of her road when she does the school run, most mornings last wk. He doesn't speak to her. Parking scheme was voted through on 1/2 so that issue is finished - conduct has continued and is now about her personally. VIC says she is upset and not sleeping well, but is still doing school run as normal, not changed anything else.
UPDATE 4 (DC Pryce) 21/02: Reclassified from ASB to aggravated stalking (religious). SUSP to be invited for VA.""",
    spans=[
        ("STALK_WATCH", "photographed her front door and car several times from the pavement"),
        ("STALK_PUBLISH", "posted those photos on the Northgate Residents FB group"),
        ("RELIGIOUS_HOSTILITY", "she should take that thing off her head if she wants a say in this country"),
        ("REPETITION", "9 posts about VIC 20/1 - 13/2"),
        ("RELIGIOUS_HOSTILITY", "calling her 'the burka woman'"),
        ("RELIGIOUS_HOSTILITY", "Islam has no place on this estate"),
        ("STALK_LOITER", "stands at the end of her road when she does the school run"),
        ("REPETITION", "most mornings last wk"),
        ("FIXATION", "conduct has continued and is now about her personally"),
        ("DISTRESS", "she is upset and not sleeping well"),
    ],
)

case(
    7, "stalking", "CS",
    voice="mo_field", case="mixed", noise="abbrev", batch="va",
    pattern="landlord_unannounced_visits_late_texts_and_gifts_to_female_tenant", relationship="landlord", occasions=6,
    text="""\
MO: SUSP is landlord of VIC's rented flat (1 bed, 33B Quarry St). Over approx 5 wks SUSP has attended flat unannounced on 4 occasions citing 'inspections' with no notice given, on one occ let himself in with his key while VIC in the shower. Sent VIC texts to her personal number late at night ('cant stop thinking about u', 'you looked lovely today') and left a bunch of flowers and a bottle of wine outside her door with a card. VIC told him by text on 2/6 she only wants contact about the flat. SUSP replied 'we both know that's not true'. No threats. VIC upset, says she feels uncomfortable in her own flat. Rent up to date, no disrepair issues.""",
    spans=[
        ("REPETITION", "Over approx 5 wks"),
        ("STALK_TURN_UP", "attended flat unannounced on 4 occasions"),
        ("ESCALATION", "let himself in with his key while VIC in the shower"),
        ("STALK_CONTACT", "Sent VIC texts to her personal number late at night"),
        ("FIXATION", "cant stop thinking about u"),
        ("STALK_GIFTS", "left a bunch of flowers and a bottle of wine outside her door"),
        ("FIXATION", "we both know that's not true"),
        ("DISTRESS", "VIC upset, says she feels uncomfortable in her own flat"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="upper", noise="abbrev", batch="va",
    pattern="neighbour_objects_to_extension_racist_threats_twice_victim_stops_working_alone", relationship="neighbour", occasions=2,
    text="""\
CALLER MR OLUWASEUN BELLO 29 HAWTHORN AVE. NEIGHBOUR AT 31 (SUSP MALE 50S, KNOWN AS TERRY) HAS OBJECTED TO CALLER'S REAR EXTENSION SINCE PLANS WENT IN. ON 02/05 SUSP SHOUTED OVER FENCE 'YOU MONKEYS BUILD ANOTHER BRICK AND I'LL BURN IT DOWN WITH YOU IN IT'. TODAY 1340 SUSP CAME ONTO SITE, TOLD CALLER 'GO BACK TO AFRICA OR I'LL PUT YOU IN THE GROUND'. CALLER SAYS HE IS SCARED SUSP WILL ATTACK HIM, HAS STOPPED WORKING ON SITE ALONE. SUSP NOW BACK IN HIS HOUSE. UNITS REQ.""",
    spans=[
        ("RACIAL_HOSTILITY", "YOU MONKEYS"),
        ("THREAT_VIOLENCE", "BUILD ANOTHER BRICK AND I'LL BURN IT DOWN WITH YOU IN IT"),
        ("RACIAL_HOSTILITY", "GO BACK TO AFRICA"),
        ("THREAT_VIOLENCE", "OR I'LL PUT YOU IN THE GROUND"),
        ("FEAR_OF_VIOLENCE", "HE IS SCARED SUSP WILL ATTACK HIM"),
        ("SERIOUS_IMPACT", "HAS STOPPED WORKING ON SITE ALONE"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="vps", case="mixed", noise="typos", batch="va",
    pattern="hedge_dispute_neighbour_racist_monitoring_following_victim_sells_home", relationship="neighbour", occasions=6,
    text="""\
Victim Personal Statement - Mei Lin CHAU

The arguement with Mr Stokes next door started about the hedge, which the council later said was on my side. I thought that would be the end of it. It was not. Over the winter he started calling me 'Chinky' whenever I was in the garden and making slitty-eye faces at me through his kitchen window. He began writing down the registration of every car that visited me, I have seen him do it with a notebook on his doorstep. He followed me twice on foot to the bus stop and stood next to me without saying anything. In February he told the postman, loud enough for me to hear, that 'her lot brought the virus here'. He has put notes through my letterbox about my visitors, my shopping, what time I come home.

I do not feel safe in my own house. I have sold it. I accepted an offer £20,000 under the asking price just to get away quicker and I am now renting in another town nearer my daughter. I changed my mobile number because I did not know how he had got it. I had lived in that house for nineteen years and brought up my children there. He has never said he would hurt me but he has taken my home from me.""",
    spans=[
        ("RACIAL_HOSTILITY", "calling me 'Chinky' whenever I was in the garden"),
        ("RACIAL_HOSTILITY", "making slitty-eye faces at me through his kitchen window"),
        ("STALK_MONITOR", "writing down the registration of every car that visited me"),
        ("STALK_FOLLOW", "He followed me twice on foot to the bus stop"),
        ("RACIAL_HOSTILITY", "her lot brought the virus here"),
        ("STALK_CONTACT", "put notes through my letterbox about my visitors, my shopping, what time I come home"),
        ("DISTRESS", "I do not feel safe in my own house"),
        ("SERIOUS_IMPACT", "I have sold it"),
        ("SERIOUS_IMPACT", "I am now renting in another town nearer my daughter"),
        ("SERIOUS_IMPACT", "I changed my mobile number"),
    ],
)

case(
    10, "harassment", "CD",
    voice="third_party", case="mixed", noise="typos", batch="va",
    pattern="upstairs_tenant_repeated_door_banging_and_letters_over_noise_victim_signed_off", relationship="neighbour", occasions=6,
    text="""\
Referral from: Carol Benning, Tenancy Sustainment Officer, Riverside Homes
Re: our tenant Mr Adam Kowalczyk, 12 Gorse House (ground floor)

Hi, I am passing this to you as Adam has asked me to. The tenant above him, Ms Jade Reilly (flat 15), has been complaining about him since he moved in in January, about noise - his dog barking and his TV. We have investigated and our noise monitoring found nothing above normal levels. Ms Reilly has not accepted this. Since March she has banged on his door most evenings to tell him to keep it down, and sent him 14 letters (copies attatched) which are rude and call him 'a disgusting animal like his dog'. Everything she says is about the noise, she doesnt seem to have any interest in him otherwise. Adam has anxiety anyway and has been signed off work by his GP for 4 weeks because of this, and is now sleeping at his mums in Westfield three nights a week. No threats have been made. Adam is Polish but theres nothing to say thats got anything to do with it, she has never mentioned it. Many thanks, Carol""",
    spans=[
        ("REPETITION", "Since March"),
        ("STALK_CONTACT", "banged on his door most evenings to tell him to keep it down"),
        ("STALK_CONTACT", "sent him 14 letters (copies attatched) which are rude"),
        ("SERIOUS_IMPACT", "signed off work by his GP for 4 weeks"),
        ("SERIOUS_IMPACT", "sleeping at his mums in Westfield three nights a week"),
    ],
)

case(
    11, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="va",
    pattern="two_fence_and_cctv_incidents_six_months_apart_reconciled_by_mediation", relationship="neighbour", occasions=2,
    text="""\
Supervisor review - CRIME 55/19822/23, recorded as harassment.
Incident 1 was 14/3: dispute between IP Mr HUSSAIN and neighbour Mr DENT over Dent's new fence posts, raised voices, Dent said 'I'll knock you through that fence' - single incident, words of advice both. On 20/3 both attended council mediation and agreed the boundary; IP's own account is that they were 'back on good terms' all summer, Dent even helped him move a sofa. Incident 2 was 9/9, new row over Dent's CCTV camera angle, Dent swore at IP in the street. Two incidents nearly six months apart with a genuine reconciliation in the middle are not a course of conduct. IP not afraid of Dent, he just wants the camera moved. Reclassify - no crime. NFA. Insp 1189 Laird.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll knock you through that fence"),
        ("STALK_CONTACT", "Dent swore at IP in the street"),
    ],
)

case(
    12, "stalking_fear_alarm_distress", "CSFD",
    voice="crime_summary", case="mixed", noise="abbrev", batch="va",
    pattern="lettings_negotiator_keeps_viewing_applicants_number_fixates_and_threatens", relationship="business", occasions=5,
    text="""\
Summary: VIC (F, 26) viewed a flat via Castlegate Lettings on 3/8, shown round by SUSP (lettings negotiator). She did not take the flat. SUSP kept her mobile no. from the enquiry form and began texting her that evening. VIC replied once asking him to stop. Over next 3 wks SUSP sent approx 40 msgs, incl photos of her car at her workplace. On 19/8 he was waiting in the car park at her work at 1730, asked why she was 'playing hard to get'. When she walked off he said 'you'll regret mugging me off, I know where you live'. 24/8 voicemail: 'I'm going to hurt you like you hurt me'. VIC terrified he will attack her, now gets a colleague to walk her to her car every night.""",
    spans=[
        ("STALK_CONTACT", "began texting her that evening"),
        ("REPETITION", "Over next 3 wks"),
        ("STALK_CONTACT", "sent approx 40 msgs"),
        ("STALK_WATCH", "photos of her car at her workplace"),
        ("STALK_LOITER", "waiting in the car park at her work at 1730"),
        ("FIXATION", "asked why she was 'playing hard to get'"),
        ("THREAT_VIOLENCE", "you'll regret mugging me off, I know where you live"),
        ("THREAT_VIOLENCE", "I'm going to hurt you like you hurt me"),
        ("FEAR_OF_VIOLENCE", "VIC terrified he will attack her"),
        ("SERIOUS_IMPACT", "now gets a colleague to walk her to her car every night"),
    ],
)

case(
    13, "aggravated_harassment", "CR",
    voice="notebook", case="lower", noise="typos", batch="va",
    pattern="elderly_neighbour_moves_polish_neighbours_bins_and_shouts_racist_abuse", relationship="neighbour", occasions=3,
    text="""\
pnb 1105 sun 17/3. spoke w/ ip mrs grazyna nowak 8 sefton rd. states nxt door (mr pye no.10) has moved her wheelie bins onto her front step 3 times this wk, tues, sat and today, says she puts them out on the wrong day (she dosent, checked council calender). today when she moved them back he shouted 'take your rubbish back to poland with you, you dirty polack'. on tues he told her 'you people live like pigs'. ip says she is upset and angry, not scared of him, hes 80 odd. spoke to pye, says the bins block his view of the road. words of advice given, advised re the racial comments. crime raised.""",
    spans=[
        ("UNWANTED", "moved her wheelie bins onto her front step"),
        ("REPETITION", "3 times this wk"),
        ("RACIAL_HOSTILITY", "take your rubbish back to poland with you, you dirty polack"),
        ("RACIAL_HOSTILITY", "you people live like pigs"),
        ("DISTRESS", "she is upset and angry"),
    ],
)

case(
    14, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="abbrev", batch="va",
    pattern="neighbour_blocks_drive_homophobic_stab_threat_repeated", relationship="neighbour", occasions=3,
    text="""\
CALLER STEVEN MARR (IP). NEIGHBOUR OPP AT NO.41 KEEPS PARKING ACROSS IP'S DRIVE. WHEN IP ASKED HIM TO MOVE ON 12/7 SUSP SAID 'MOVE IT YOURSELF YOU FAIRY AND I'LL STAB YOU'. HAS SAID IT AGAIN TWICE SINCE, LAST TIME TODAY 0810. IP AND PARTNER (MALE) BOTH FRIGHTENED, IP SAYS HE THINKS SUSP WILL DO IT. HOMOPHOBIC - FLAG AS HATE INCIDENT (NOT RACE/REL).""",
    spans=[
        ("UNWANTED", "KEEPS PARKING ACROSS IP'S DRIVE"),
        ("THREAT_VIOLENCE", "I'LL STAB YOU"),
        ("REPETITION", "HAS SAID IT AGAIN TWICE SINCE"),
        ("FEAR_OF_VIOLENCE", "IP AND PARTNER (MALE) BOTH FRIGHTENED"),
        ("FEAR_OF_VIOLENCE", "IP SAYS HE THINKS SUSP WILL DO IT"),
    ],
)

case(
    15, "stalking", "CS",
    voice="victim_diary", case="lower", noise="typos", batch="va",
    pattern="shared_garden_neighbour_refuses_rejection_cards_flowers_watching_late_knock", relationship="neighbour", occasions=7,
    text="""\
notes for the police - jo

- sun 2nd: alan (flat 1, we share the back garden) asked me out for a drink. said no thanks, nicely.
- tues 4th: he left a card on my doorstep 'sorry if i was forward, the offer stands x'
- fri 7th: flowers on the bench in the garden with my name on. i left them there.
- sat 8th: hes started sitting out in the garden every time i go out to hang washing, even when its freezing. just watches. ive started counting.
- mon 10th: knocked at 11pm to 'check i was ok' because my light was on late.
- weds 12th: msg on facebook 'i know you felt something when we talked about the allotment. dont pretend you didnt'. i have never talked to him about an allotment
- thurs 13th: another card, 'i wont give up on us'

i feel sick when i hear his door go. i havent changed anything yet, i still go to work the same way and hang my washing out but i hate it. he hasnt threatned me at all, hes always 'nice'. the housing officer said to come to you.""",
    spans=[
        ("STALK_GIFTS", "left a card on my doorstep"),
        ("STALK_GIFTS", "flowers on the bench in the garden with my name on"),
        ("STALK_WATCH", "sitting out in the garden every time i go out to hang washing"),
        ("STALK_TURN_UP", "knocked at 11pm to 'check i was ok'"),
        ("STALK_MONITOR", "because my light was on late"),
        ("STALK_CONTACT", "msg on facebook"),
        ("FIXATION", "dont pretend you didnt"),
        ("STALK_GIFTS", "another card"),
        ("FIXATION", "i wont give up on us"),
        ("DISTRESS", "i feel sick when i hear his door go"),
    ],
)

case(
    16, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="va",
    pattern="right_of_way_dispute_antisemitic_arson_threats_at_sukkah", relationship="neighbour", occasions=3,
    text="""\
Statement of Rivka GOLDBERG, age 41, of 5 Tennyson Gardens.

We have lived here four years. Our dispute with Mr Colin Harker at number 3 is about the side passage between our houses, which his deeds say he has a right of way over and which we say ends at our gate. Solicitors are dealing with that and I do not expect the police to decide it.

What I want to report is this. On Sunday 1 October my husband had put up our sukkah in the back garden, as we do every year for the festival. Mr Harker came to the fence and said, 'You lot think you own everything, like you own the banks. I'll torch that shed of yours with you inside it.' I went indoors with the children. On Wednesday 4 October I was unlocking the side gate and he came out and stood very close to me and said, 'I meant what I said Sunday. Jews aren't welcome on this road.' He then said, 'One dark night, you'll see.' On Friday he shouted 'Shalom, shalom' in a mocking voice at my son while I was with him, and spat on our path.

I am genuinely frightened that he is going to hurt me or set fire to the house. I have not slept properly since Sunday. I do not go into the garden at all if his car is outside. I want him to leave us alone and let the solicitors sort out the passage.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "You lot think you own everything, like you own the banks"),
        ("THREAT_VIOLENCE", "I'll torch that shed of yours with you inside it"),
        ("THREAT_VIOLENCE", "I meant what I said Sunday"),
        ("RELIGIOUS_HOSTILITY", "Jews aren't welcome on this road"),
        ("THREAT_VIOLENCE", "One dark night, you'll see"),
        ("RELIGIOUS_HOSTILITY", "shouted 'Shalom, shalom' in a mocking voice"),
        ("UNWANTED", "spat on our path"),
        ("FEAR_OF_VIOLENCE", "I am genuinely frightened that he is going to hurt me or set fire to the house"),
        ("DISTRESS", "I have not slept properly since Sunday"),
        ("SERIOUS_IMPACT", "I do not go into the garden at all if his car is outside"),
    ],
)

case(
    17, "harassment", "C",
    voice="updates", case="mixed", noise="abbrev", batch="va",
    pattern="boundary_dispute_neighbour_photographs_fence_work_and_emails_unafraid_victim", relationship="neighbour", occasions=6,
    text="""\
Update 03/06 PC 4410: IP Mr Neil ASHWORTH re neighbour Mrs Pauline RODD. Boundary dispute over rear fence line since IP replaced the fence in April. SUSP has photographed IP and his fencing contractor on at least 5 occasions from her bedroom window and from the lane, and sends photos to IP by email with captions such as 'encroachment - 30cm - evidence for court'.
Update 05/06 PC 4410: Further email x3 received by IP over the wknd. Same theme, all about the fence posts. SUSP states she is 'gathering evidence for the Land Registry'. On 28/5 and again on 2/6 she told IP 'you'll get a smack if you put one more post in'. IP laughs this off - 'she's 5ft nothing and 70, I'm not scared of her, I just want her to stop emailing me'.
Update 10/06 Sgt 1876: Issue based throughout, no interest in IP beyond the fence. Emails are persistent and unreasonable, continuing despite IP and his solicitor asking her to stop and go through solicitors. Harassment (s.2) crimed. No fear of violence - IP clear on that. Words of advice / CPW to be considered.""",
    spans=[
        ("STALK_WATCH", "photographed IP and his fencing contractor on at least 5 occasions"),
        ("STALK_CONTACT", "sends photos to IP by email"),
        ("STALK_CONTACT", "Further email x3 received by IP over the wknd"),
        ("REPETITION", "On 28/5 and again on 2/6"),
        ("THREAT_VIOLENCE", "you'll get a smack if you put one more post in"),
        ("UNWANTED", "continuing despite IP and his solicitor asking her to stop"),
    ],
)

case(
    18, "aggravated_stalking", "CSR",
    voice="notebook", case="mixed", noise="heavy", batch="va",
    pattern="neighbour_searches_sikh_familys_bins_watches_house_leaves_hate_note", relationship="neighbour", occasions=5,
    text="""\
PNB 22/1 1950 att 4 Orchard Wy re compl by Mr Harjit SANDHU. neighb opp (SUSP Lee CROFT, no.7) been going thru IP's recycling bins at nite, IP has CCTV of him doin it x3 (10/1, 15/1, 19/1). also stands at his gate watchin IP's house for long periods, IP's wife says "hes always there". Left note on IP's car windscrn "we know all about you towel head, we're watching" + drew pic of turban w/ bomb. IP says no dispute w/ SUSP b4 this other than SUSP moaned re IP's parking in Nov. IP not scared, "just want it to stop", v upset for his kids. CCTV dl'd to DEMS. Reqst OIC for aggr stalking (rel/race).""",
    spans=[
        ("STALK_MONITOR", "going thru IP's recycling bins at nite"),
        ("REPETITION", "x3 (10/1, 15/1, 19/1)"),
        ("STALK_WATCH", "stands at his gate watchin IP's house for long periods"),
        ("STALK_CONTACT", "Left note on IP's car windscrn"),
        ("FIXATION", "we know all about you"),
        ("RACIAL_HOSTILITY", "towel head"),
        ("STALK_WATCH", "we're watching"),
        ("RELIGIOUS_HOSTILITY", "drew pic of turban w/ bomb"),
        ("DISTRESS", "v upset for his kids"),
    ],
)

case(
    19, "stalking_fear_alarm_distress", "CSD",
    voice="third_party", case="mixed", noise="clean", batch="va",
    pattern="downstairs_neighbour_posts_about_tenant_orders_in_her_name_false_complaints_she_moves_away", relationship="neighbour", occasions=6,
    text="""\
I'm writing on behalf of my sister, Hannah Price, who has asked me to because she can't face going over it all again.

Hannah rented the flat at 2 Millbrook Court until last month. The man in the flat below, Darren Oakes, had a row with her in the summer about her bike being kept in the hallway. She moved the bike. After that he became obsessed with her. He started posting about her on the Millbrook Neighbours page - what time she came in, who stayed over, and a photo of her taken through her kitchen window. Pizzas and taxis started arriving for her that she had not ordered, and someone signed her up to dating sites using her photo and her address. The police found the orders were paid for with his card. He also complained to her letting agent six times in a month about 'noise' and 'men coming and going', which the agent looked into and found were made up.

Hannah broke her lease and moved back in with our parents in Leeds in October, two hundred miles away. She had to leave her job. She wasn't threatened, he never said a word to her face, but she couldn't live there any more.""",
    spans=[
        ("FIXATION", "he became obsessed with her"),
        ("STALK_PUBLISH", "posting about her on the Millbrook Neighbours page - what time she came in, who stayed over"),
        ("STALK_WATCH", "a photo of her taken through her kitchen window"),
        ("STALK_ORDERS", "Pizzas and taxis started arriving for her that she had not ordered"),
        ("STALK_ORDERS", "signed her up to dating sites using her photo and her address"),
        ("STALK_ORDERS", "complained to her letting agent six times in a month"),
        ("SERIOUS_IMPACT", "broke her lease and moved back in with our parents in Leeds"),
        ("SERIOUS_IMPACT", "She had to leave her job"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="upper", noise="abbrev", batch="va",
    pattern="evicted_former_neighbour_blames_shopkeeper_loiters_follows_to_mosque_threatens", relationship="neighbour", occasions=4,
    text="""\
CAD 1187 2214HRS. IP MR AMJAD IQBAL, SHOP OWNER, LIVES IN FLAT ABOVE SHOP 88 HIGH ST. SUSP IS FORMER TENANT OF FLAT NEXT DOOR, EVICTED BY COUNCIL IN MARCH, BLAMES IP FOR COMPLAINING. SINCE THEN SUSP HAS SAT OUTSIDE SHOP MOST EVENINGS STARING IN, FOLLOWED IP TO MOSQUE ON FRIDAY AND SHOUTED 'DIRTY MUSLIM, I'LL CUT YOUR THROAT'. TONIGHT SUSP AT SHOP WINDOW AGAIN SAYING 'TOLD YOU P*KI, YOUR DAYS ARE NUMBERED'. IP VERY SCARED FOR HIS SAFETY. SUSP LEFT TOWARDS STATION, WHITE MALE 30S GREY HOODIE. UNITS DEPLOYED.""",
    spans=[
        ("STALK_LOITER", "SAT OUTSIDE SHOP MOST EVENINGS STARING IN"),
        ("STALK_FOLLOW", "FOLLOWED IP TO MOSQUE ON FRIDAY"),
        ("RELIGIOUS_HOSTILITY", "DIRTY MUSLIM"),
        ("THREAT_VIOLENCE", "I'LL CUT YOUR THROAT"),
        ("STALK_TURN_UP", "SUSP AT SHOP WINDOW AGAIN"),
        ("RACIAL_HOSTILITY", "TOLD YOU P*KI"),
        ("THREAT_VIOLENCE", "YOUR DAYS ARE NUMBERED"),
        ("FEAR_OF_VIOLENCE", "IP VERY SCARED FOR HIS SAFETY"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CFD",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="va",
    pattern="leaseholder_threatens_residents_association_treasurer_over_service_charge", relationship="neighbour", occasions=3,
    text="""\
Supervisor review, Sgt 2290 Oyelaran, 7/12.
Allegation: VIC Mrs Joan TREVELYAN (treasurer, Lindley Court Residents' Assoc) v SUSP Mr Wayne DOBBS (leaseholder, flat 22). Dispute is over the service charge increase, which DOBBS blames on VIC.
Facts: 1) 3/11 at the AGM DOBBS stood over VIC and said 'if my charge goes up I'll be coming for you, you'll end up in a wheelchair'. Witnessed by 6. 2) 17/11 DOBBS came to VIC's door and said 'you've had your warning, I'll break every bone in your body'. 3) 25/11 letter through door, unsigned, handwriting similar, 'pay it back or else'.
VIC says she is terrified of him and believes he will hurt her. She has resigned as treasurer and no longer walks to the shop, her son collects her shopping now.
Assessment: course of conduct (3 occasions, connected, same issue). Two threats of violence on different occasions and VIC fears violence - s.4 made out. Nothing to suggest fixation on VIC as a person rather than on the money - not stalking. OIC to arrest. DASH n/a (not DA). Consider RO on conviction.""",
    spans=[
        ("THREAT_VIOLENCE", "I'll be coming for you, you'll end up in a wheelchair"),
        ("STALK_TURN_UP", "came to VIC's door"),
        ("THREAT_VIOLENCE", "I'll break every bone in your body"),
        ("STALK_CONTACT", "letter through door, unsigned"),
        ("FEAR_OF_VIOLENCE", "she is terrified of him and believes he will hurt her"),
        ("SERIOUS_IMPACT", "She has resigned as treasurer"),
        ("SERIOUS_IMPACT", "no longer walks to the shop"),
    ],
)

case(
    22, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="abbrev", batch="va",
    pattern="landlord_religious_abuse_in_texts_to_tenant_after_mould_complaint", relationship="landlord", occasions=4,
    text="""\
Update 1 - 08/03 1015 - PC Varley: IP Mr Sanjay PATEL, tenant of 41 Derwent St. Landlord (SUSP Mr Gareth LLOYD) in dispute w/ IP over mould/repairs. IP reported the mould to council env health in Feb; since then SUSP has sent him texts and WhatsApps, screenshots provided.
Update 2 - 08/03 1140: Reviewed screenshots. 11 msgs 14/2 - 6/3. 3 contain abuse: 'go pray to your elephant god for a new boiler', 'you cow worshippers are all the same, complain complain complain', 'I should never have let to your sort'. No threats. SUSP has not visited the property.
Update 3 - 10/03 PC Varley: IP says it has really got to him and he wants it to stop, but he is not afraid of SUSP. S.21 served 1/3 - civil, advised Shelter.
Update 4 - 12/03: SUSP interviewed VA. Accepts msgs, 'just banter'. File to CPS for RA harassment (religious).""",
    spans=[
        ("STALK_CONTACT", "sent him texts and WhatsApps"),
        ("REPETITION", "11 msgs 14/2 - 6/3"),
        ("RELIGIOUS_HOSTILITY", "go pray to your elephant god for a new boiler"),
        ("RELIGIOUS_HOSTILITY", "you cow worshippers are all the same"),
        ("DISTRESS", "it has really got to him"),
    ],
)

case(
    23, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="va",
    pattern="evicted_tenant_fixates_on_jewish_landlord_blog_following_threats", relationship="landlord", occasions=6,
    text="""\
Statement of David LEVY, 58, landlord.

I own four flats on Canal Street. Mr Stuart Kemp rented flat 3 from me until I obtained a possession order in May for two years of unpaid rent. Since he left, he has not let it go.

He found my home address, which is not on any tenancy paperwork. On 14 June he was standing on the pavement outside my house when I came home. He said nothing, just stared, and was still there an hour later. On 20 June he followed my car from my synagogue to the supermarket and parked next to me. He has made a blog called 'Levy the Landlord Leech' with pictures of my house and of my wife and me, and posts like 'typical Jew, bleeding the poor dry' and 'the Shylock of Canal Street'. On 2 July he phoned me and said 'your sort got what was coming once and you'll get it again'. On 9 July a card was left on my windscreen: 'I know your routine, old man. Soon.'

I am afraid he is going to attack me. I check my mirrors all the time. We have had an alarm fitted and I have stopped walking to synagogue; my son drives me.""",
    spans=[
        ("FIXATION", "he has not let it go"),
        ("STALK_MONITOR", "He found my home address"),
        ("STALK_LOITER", "standing on the pavement outside my house when I came home"),
        ("STALK_WATCH", "just stared, and was still there an hour later"),
        ("STALK_FOLLOW", "followed my car from my synagogue to the supermarket"),
        ("STALK_PUBLISH", "made a blog called 'Levy the Landlord Leech' with pictures of my house"),
        ("RACIAL_HOSTILITY", "typical Jew, bleeding the poor dry"),
        ("RACIAL_HOSTILITY", "the Shylock of Canal Street"),
        ("THREAT_VIOLENCE", "your sort got what was coming once and you'll get it again"),
        ("STALK_MONITOR", "I know your routine, old man"),
        ("THREAT_VIOLENCE", "Soon"),
        ("FEAR_OF_VIOLENCE", "I am afraid he is going to attack me"),
        ("SERIOUS_IMPACT", "We have had an alarm fitted"),
        ("SERIOUS_IMPACT", "I have stopped walking to synagogue"),
    ],
)

case(
    24, "no_offence", "",
    voice="result_note", case="mixed", noise="clean", batch="va",
    pattern="letting_agent_arrears_letters_and_notified_inspection_reported_as_harassment", relationship="landlord", occasions=8,
    text="""\
Result: No crime - NFA.
Ms Kerry Dwyer reported being 'harassed' by Hollins & Marsh Lettings, the agent for her flat at 19 Albion Walk. She is three months behind with her rent. Between January and March the agent sent four arrears letters and two emails, phoned twice, and carried out one inspection after giving the 24 hours' written notice her tenancy requires. I have read all of the correspondence. It is polite and refers her to debt advice. Nothing is abusive or threatening, nobody has turned up unannounced, and the frequency is what you would expect of an agent chasing rent. This is contact for a lawful purpose, not harassment. Ms Dwyer is understandably stressed about the debt and the possible eviction. Referred to Citizens Advice. PC 5561 Hurst.""",
    spans=[
        ("DISTRESS", "Ms Dwyer is understandably stressed about the debt and the possible eviction"),
    ],
)

case(
    25, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="updates", case="mixed", noise="typos", batch="va",
    pattern="shared_driveway_neighbour_anti_traveller_abuse_and_threats_victim_waits_for_husband", relationship="neighbour", occasions=3,
    text="""\
15/4 1300 - IP Bridget WARD rang 101. Family (Irish Travellers) moved into 3 Coppice Way in Jan, share a driveway w/ no.5 (SUSP Gavin HURST).
16/4 - PC Danes visited IP. Acount: SUSP has blocked the driveway with his trailer 'most days' since Feb. On 2/4 when she asked him to move it he said 'no pikey is telling me what to do on my own drive, I'll batter you'. On 14/4 he shouted from his window 'gyppo bitch, you'll get a kicking, I mean it'. IP says shes 'petrified' of him and thinks he will hurt her, she waits for her husband to get home before she goes out to the car now.
18/4 - W1 (nieghbour at no.1) confirms the 14/4 shouting.
20/4 - SUSP arrested, no comment, RUI. All about the drive.""",
    spans=[
        ("UNWANTED", "blocked the driveway with his trailer 'most days' since Feb"),
        ("RACIAL_HOSTILITY", "no pikey is telling me what to do on my own drive"),
        ("THREAT_VIOLENCE", "I'll batter you"),
        ("RACIAL_HOSTILITY", "gyppo bitch"),
        ("THREAT_VIOLENCE", "you'll get a kicking, I mean it"),
        ("FEAR_OF_VIOLENCE", "shes 'petrified' of him and thinks he will hurt her"),
        ("SERIOUS_IMPACT", "she waits for her husband to get home before she goes out to the car now"),
    ],
)

case(
    26, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="va",
    pattern="ex_partner_moves_in_three_doors_down_pleading_texts_and_knocks", relationship="ex_partner", occasions=3,
    text="""\
IP REPORTS EX-P (SEP 6 WKS) HAS MOVED IN WITH HIS MUM 3 DOORS DOWN. 20+ TXTS SINCE SUN BEGGING HER TO TAKE HIM BACK, KNOCKED TWICE LAST NIGHT. NO THREATS. IP ANNOYED NOT SCARED. DASH STANDARD. OIC TO CALL BACK.""",
    spans=[
        ("STALK_CONTACT", "20+ TXTS SINCE SUN"),
        ("FIXATION", "BEGGING HER TO TAKE HIM BACK"),
        ("STALK_TURN_UP", "KNOCKED TWICE LAST NIGHT"),
    ],
)

case(
    27, "aggravated_stalking", "CSR",
    voice="vps", case="mixed", noise="clean", batch="va",
    pattern="former_lodger_pursued_by_landlord_emails_visits_gifts_racist_names", relationship="landlord", occasions=6,
    text="""\
Victim personal statement - Abena Owusu

I rented a room from Mr Philip Sands for eleven months and left in August when I found my own flat. I thought that was it. Since then he has turned up at my new building at least four times, once inside the lobby because someone let him in. He sends me emails every few days, long ones, about how I 'belong' with him and how ungrateful I am. When I did not reply he started calling me names in them - 'jungle bunny', 'you people never appreciate anything'. He left a bag of things outside my door: chocolates, a scarf, and a photograph of me asleep that I did not know existed.

I am shaken and I am angry. I have not moved or changed anything, and I don't see why I should. But I would like him told to stop.""",
    spans=[
        ("STALK_TURN_UP", "turned up at my new building at least four times"),
        ("ESCALATION", "once inside the lobby because someone let him in"),
        ("STALK_CONTACT", "sends me emails every few days"),
        ("FIXATION", "how I 'belong' with him"),
        ("RACIAL_HOSTILITY", "jungle bunny"),
        ("RACIAL_HOSTILITY", "you people never appreciate anything"),
        ("STALK_GIFTS", "left a bag of things outside my door"),
        ("FIXATION", "a photograph of me asleep that I did not know existed"),
        ("DISTRESS", "I am shaken and I am angry"),
    ],
)

case(
    28, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="result_note", case="mixed", noise="redacted", batch="va",
    pattern="downstairs_neighbour_loiters_follows_and_defaces_door_of_romanian_tenant_who_transfers", relationship="neighbour", occasions=6,
    text="""\
RESULT: Charged - s.4A PHA 1997, racially aggravated (s.32 CDA).
VIC [NAME 1] (Romanian national) lived at [ADDRESS 1]. SUSP [NAME 2], downstairs neighbour, first complained to the housing assoc. about her bins in the communal yard. Over the following 4 months SUSP sat on the stairs outside VIC's door on numerous evenings; followed her to [WORKPLACE] on two occasions; scratched ROMANIAN SCUM and GYPSY THIEF into her front door; put her post through a shredder and left the strips on her mat. VIC requested a transfer and moved to [ADDRESS 2] on [DATE]; she now works different shifts to avoid the bus he uses. No threats. SUSP pleaded guilty at [COURT], sentence adjourned for PSR. RO to be sought.""",
    spans=[
        ("REPETITION", "Over the following 4 months"),
        ("STALK_LOITER", "sat on the stairs outside VIC's door on numerous evenings"),
        ("STALK_FOLLOW", "followed her to [WORKPLACE] on two occasions"),
        ("RACIAL_HOSTILITY", "ROMANIAN SCUM"),
        ("RACIAL_HOSTILITY", "GYPSY THIEF"),
        ("STALK_PROPERTY", "put her post through a shredder and left the strips on her mat"),
        ("SERIOUS_IMPACT", "requested a transfer and moved to [ADDRESS 2]"),
        ("SERIOUS_IMPACT", "works different shifts to avoid the bus he uses"),
    ],
)

case(
    29, "harassment", "C",
    voice="crime_summary", case="lower", noise="clean", batch="va",
    pattern="hedge_dispute_three_voicemails_in_ten_minutes_after_being_told_to_stop", relationship="neighbour", occasions=3,
    text="""\
summary. ip mr vikram rao (british indian, no racial element alleged or apparent) has an ongoing disagreement with his neighbour mrs eileen fitch about the height of his leylandii. on 6 june between 2141 and 2150 she left three voicemails on his landline, each one shouting that he is a selfish inconsiderate man and that she will be writing to his mortgage company. ip had told her the week before not to phone him again. three calls, each a fresh decision to ring = course of conduct. no threats. ip irritated. harassment crimed.""",
    spans=[
        ("STALK_CONTACT", "left three voicemails on his landline"),
        ("REPETITION", "between 2141 and 2150"),
        ("UNWANTED", "ip had told her the week before not to phone him again"),
    ],
)

case(
    30, "stalking_fear_alarm_distress", "CSFD",
    voice="dash_note", case="upper", noise="heavy", batch="va",
    pattern="ex_joint_tenant_impersonates_victim_to_housing_assoc_sits_outside_threatens", relationship="ex_partner", occasions=5,
    text="""\
DASH 14/20 MED->HIGH. IP & SUSP WERE JOINT TENANTS 12 FLAX ST TIL SEP, SUSP MOVED OUT, HA TRANSFERED TENANCY 2 IP SOLE. SINCE THEN SUSP RINGS HA PRETENDIN 2 B IP 2 GET INFO ON HER, TURNS UP @ FLAT MOST NITES 'FOR HIS POST', SAT IN CAR OPP TIL 3AM X2. TXT 'IF I CANT HAVE U NOBODY WILL, WATCH UR BACK'. 2/11 @ DOOR SAID 'ILL DO U IN WHEN UR NOT EXPECTIN IT'. IP V SCARED HE WILL HURT HER, CHANGED LOCKS, KIDS STAYIN W/ HER MUM. MARAC REF. DVPN CONSIDERED.""",
    spans=[
        ("STALK_MONITOR", "RINGS HA PRETENDIN 2 B IP 2 GET INFO ON HER"),
        ("STALK_TURN_UP", "TURNS UP @ FLAT MOST NITES"),
        ("STALK_WATCH", "SAT IN CAR OPP TIL 3AM X2"),
        ("FIXATION", "IF I CANT HAVE U NOBODY WILL"),
        ("THREAT_VIOLENCE", "WATCH UR BACK"),
        ("THREAT_VIOLENCE", "ILL DO U IN WHEN UR NOT EXPECTIN IT"),
        ("FEAR_OF_VIOLENCE", "IP V SCARED HE WILL HURT HER"),
        ("SERIOUS_IMPACT", "CHANGED LOCKS"),
        ("SERIOUS_IMPACT", "KIDS STAYIN W/ HER MUM"),
    ],
)

case(
    31, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="va",
    pattern="young_neighbour_films_somali_family_follows_school_run_racist_throat_threats", relationship="neighbour", occasions=6,
    text="""\
CRIME SUMMARY - aggravated STALKING. Vic: Mrs Hodan ISMAIL, 4 Laburnum walk, lives w/ 4 children. Susp: Kyle BRENNAN, 23, lives OPPOSITE w/ his parents. Started Jun after the kids' football hit susp's car (damage paid for by VIC). Since then SUSP has: stood on his drive filming VIC and the children every time they leave the house (VIC HAS COUNTED 11 TIMES); photographed the kids at the bus stop; followed VIC's car to the school on 3 occasions; shouted 'go back to Somalia you dirty African' (1/7) and 'I'll slit your throat, you and your brats' (12/7); on 30/7 told her 'remember what I said, I'm coming for you'. vic very frightened for herself, believes he will attack her. Kids no longer allowed to play out front, VIC now drives them half a mile to school instead of walking. FOOTBALL/CAR ISSUE RESOLVED IN JUNE - conduct since is directed at the family personally.""",
    spans=[
        ("STALK_WATCH", "stood on his drive filming VIC and the children every time they leave the house"),
        ("REPETITION", "VIC HAS COUNTED 11 TIMES"),
        ("STALK_WATCH", "photographed the kids at the bus stop"),
        ("STALK_FOLLOW", "followed VIC's car to the school on 3 occasions"),
        ("RACIAL_HOSTILITY", "go back to Somalia you dirty African"),
        ("THREAT_VIOLENCE", "I'll slit your throat, you and your brats"),
        ("THREAT_VIOLENCE", "remember what I said, I'm coming for you"),
        ("FEAR_OF_VIOLENCE", "vic very frightened for herself, believes he will attack her"),
        ("SERIOUS_IMPACT", "Kids no longer allowed to play out front"),
        ("SERIOUS_IMPACT", "VIC now drives them half a mile to school instead of walking"),
        ("FIXATION", "conduct since is directed at the family personally"),
    ],
)

case(
    32, "harassment_fear_of_violence", "CF",
    voice="notebook", case="lower", noise="typos", batch="va",
    pattern="tenant_threatens_wheelchair_using_landlord_over_rent_rise_disability_abuse", relationship="landlord", occasions=3,
    text="""\
pnb 0930 mon. spoke to ip mr ronald hibbert (landlord, wheelchair user) at his home adress. tennant of his flat at 6a market sq, susp ms tanya bould, is disputing a rent increase. sun 3rd she rang him and said 'put my rent up and ill come round and put you out of that chair permanently, cripple'. weds 6th she turned up at his house and said it again word for word through the letterbox. fri 8th txt 'dont think i wont'. ip says he is frightened, lives alone, cant get away if she comes in. disability hostility noted (not race). rent dispute - advised tribunal. crime no to follow.""",
    spans=[
        ("THREAT_VIOLENCE", "put my rent up and ill come round and put you out of that chair permanently"),
        ("STALK_TURN_UP", "she turned up at his house"),
        ("REPETITION", "said it again word for word through the letterbox"),
        ("THREAT_VIOLENCE", "dont think i wont"),
        ("FEAR_OF_VIOLENCE", "he is frightened, lives alone, cant get away if she comes in"),
    ],
)

case(
    33, "aggravated_harassment", "CDR",
    voice="statement", case="mixed", noise="clean", batch="va",
    pattern="on_street_parking_neighbour_racist_remarks_and_note_victim_parks_two_streets_away", relationship="neighbour", occasions=3,
    text="""\
I am Kwame Boateng and I live at 51 Stanier Road with my wife. There are not enough spaces on our road and people argue about them all the time. Since February the man at number 49, who I know as Phil, has taken it personally that I park outside my own house, which he says is 'his' space because he has lived there longer.

On 2 March he came out while I was parking and said 'you lot come over here and take everything, the spaces, the jobs'. On 19 March he put a note under my wiper saying 'this space is for English people only'. On 6 April he stood by my car when I came out to go to work and called me a black b*****d and said I should 'park in Africa'. He has never threatened to hurt me and I am not scared of him, but it is humiliating in front of my neighbours.

I now park two streets away on Coleridge Road and walk back, so that my car does not set him off. I have done this for a month.""",
    spans=[
        ("RACIAL_HOSTILITY", "you lot come over here and take everything"),
        ("STALK_CONTACT", "put a note under my wiper"),
        ("RACIAL_HOSTILITY", "this space is for English people only"),
        ("RACIAL_HOSTILITY", "called me a black b*****d"),
        ("RACIAL_HOSTILITY", "park in Africa"),
        ("DISTRESS", "it is humiliating in front of my neighbours"),
        ("SERIOUS_IMPACT", "I now park two streets away on Coleridge Road and walk back"),
    ],
)

case(
    34, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="clean", batch="va",
    pattern="housing_officer_moved_off_patch_keeps_contacting_tenant_and_reads_her_file", relationship="landlord", occasions=7,
    text="""\
Supervisor's review - DS 1420 Kaur - 11 January

I have been asked to decide whether this is harassment or stalking. The allocated OIC recorded it as harassment on the basis that the suspect is the victim's housing officer and 'the contact is work related'. I disagree.

The victim, Ms Leanne Gough, is a council tenant at Poplar House. The suspect, Mr Martin Clay, was her housing officer from March until he was moved off her patch in November after she complained about him. Any contact that was work related ended then. Since November:
- he has phoned her personal mobile, which she never gave the council, 9 times, and texted her 'I miss our chats, you were the best part of my week';
- he has driven past her block slowly on at least three evenings, and on one of them she saw him sitting in the visitor bay with the engine off;
- he came to her door on 18 December with a Christmas present for her daughter, which she refused;
- he opened her tenancy file on 4 January when he had no reason to (the council's audit log confirms it) and then messaged her about her new boyfriend, who is listed on it as a household member.

He has not threatened her. She describes herself as 'creeped out' and is upset, but she has not changed anything about her routine and does not want to move.

This is a course of conduct: at least six occasions since November. It is no longer about her tenancy. The messages are personal, the file access is monitoring, and he will not accept her complaint or her clear wish for no contact. That is fixation, shown through several different stalking-type acts. Record as stalking (s.2A). No F or D on current evidence. OIC to arrange voluntary interview and to liaise with the council's HR investigation. Review again after interview.""",
    spans=[
        ("STALK_CONTACT", "phoned her personal mobile, which she never gave the council, 9 times"),
        ("FIXATION", "I miss our chats, you were the best part of my week"),
        ("STALK_WATCH", "driven past her block slowly on at least three evenings"),
        ("STALK_LOITER", "sitting in the visitor bay with the engine off"),
        ("STALK_TURN_UP", "came to her door on 18 December"),
        ("STALK_GIFTS", "with a Christmas present for her daughter"),
        ("STALK_MONITOR", "opened her tenancy file on 4 January when he had no reason to"),
        ("STALK_MONITOR", "messaged her about her new boyfriend"),
        ("DISTRESS", "She describes herself as 'creeped out' and is upset"),
        ("FIXATION", "he will not accept her complaint or her clear wish for no contact"),
    ],
)

case(
    35, "aggravated_harassment_fear_of_violence", "CFR",
    voice="mo_field", case="lower", noise="abbrev", batch="va",
    pattern="party_wall_neighbour_repeated_racist_face_smash_threat_over_loft_conversion", relationship="neighbour", occasions=4,
    text="""\
mo: susp (neighbour, shares party wall w/ vic) objects to vic's loft conversion. on 4/9 susp shouted over garden wall 'i'll smash your face in you p*ki c***', has said same again at least 3 times since incl 20/9 when he waited by vic's gate. abuse re vic's colour/origin each time. vic (m, 44) fears susp will carry out threat. no wider fixation - all tied to the building works.""",
    spans=[
        ("THREAT_VIOLENCE", "i'll smash your face in"),
        ("RACIAL_HOSTILITY", "you p*ki c***"),
        ("REPETITION", "has said same again at least 3 times since"),
        ("UNWANTED", "waited by vic's gate"),
        ("RACIAL_HOSTILITY", "abuse re vic's colour/origin each time"),
        ("FEAR_OF_VIOLENCE", "vic (m, 44) fears susp will carry out threat"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="third_party", case="inconsistent", noise="abbrev", batch="va",
    pattern="tenants_association_member_files_false_complaints_films_and_logs_nigerian_family", relationship="neighbour", occasions=6,
    text="""\
From: Secretary, Ashdown Estate Tenants & Residents Assoc.
To: Neighbourhood Policing Team
RE: CONDUCT OF ONE OF OUR MEMBERS towards the OKONKWO family, 17 Ashdown Rd

Dear Officer, since the Okonkwos objected to the TRA's plan for a car park on the green, Mr Barry WEBB has made what we count as 23 complaints about them to the council in four months - noise, rubbish, 'illegal subletting' - none upheld. he FILMS their front door from his mobility scooter and keeps a log of their visitors, which he brought to our last meeting and read out. At that meeting he called them 'monkeys from Lagos' and said 'that lot should be sent back on the next boat'. Mrs Okonkwo says she is upset and tired of it but she is not scared of him. THE CAR PARK PLAN WAS DROPPED IN MARCH and he has carried on regardless. We have suspended his membership.
Yours, Gillian Arkwright (Sec.)""",
    spans=[
        ("STALK_ORDERS", "made what we count as 23 complaints about them to the council in four months"),
        ("STALK_WATCH", "FILMS their front door from his mobility scooter"),
        ("STALK_MONITOR", "keeps a log of their visitors"),
        ("STALK_PUBLISH", "brought to our last meeting and read out"),
        ("RACIAL_HOSTILITY", "monkeys from Lagos"),
        ("RACIAL_HOSTILITY", "that lot should be sent back on the next boat"),
        ("DISTRESS", "she is upset and tired of it"),
        ("FIXATION", "he has carried on regardless"),
    ],
)

case(
    37, "no_offence", "R",
    voice="result_note", case="mixed", noise="abbrev", batch="va",
    pattern="single_racist_slur_from_unknown_driver_blocked_by_van", relationship="stranger", occasions=1,
    text="""\
Result note: single incident 12/10. Unknown driver, blocked in by IP's delivery van on Bright St, shouted 'move it, you foreign p***k' and drove off. IP not concerned, no further contact. Logged as hate incident. No course - NFA.""",
    spans=[
        ("RACIAL_HOSTILITY", "you foreign p***k"),
    ],
)

case(
    38, "stalking_fear_alarm_distress", "CSD",
    voice="vps", case="mixed", noise="clean", batch="va",
    pattern="defeated_residents_group_candidate_fixates_on_new_chair_emails_loiters_complains", relationship="neighbour", occasions=8,
    text="""\
Victim Personal Statement - Anthony Bright, chair of Hillcrest Residents' Group

When Mrs Lorna Pike lost the vote for chair last spring I expected her to be disappointed. I did not expect what followed. She has sent me over 200 emails since May, many at two and three in the morning, some about group business but most about me: what I wear, who I talk to, that she 'knows' I cheated the vote and will 'never stop until people see the real you'. She stands at the bus stop opposite my house most mornings, though she does not catch a bus. She has written to my employer twice and to my GP once claiming I am unfit. She pinned a long letter about my marriage to the community noticeboard.

I have resigned as chair. I was signed off work with stress for six weeks in the autumn. I now leave by the back gate and take a different bus so that I do not pass her. She has never threatened me and I do not believe she would hurt me, but she has taken over my life.""",
    spans=[
        ("STALK_CONTACT", "sent me over 200 emails since May"),
        ("REPETITION", "many at two and three in the morning"),
        ("FIXATION", "most about me: what I wear, who I talk to"),
        ("FIXATION", "never stop until people see the real you"),
        ("STALK_LOITER", "stands at the bus stop opposite my house most mornings"),
        ("STALK_ORDERS", "written to my employer twice and to my GP once claiming I am unfit"),
        ("STALK_PUBLISH", "pinned a long letter about my marriage to the community noticeboard"),
        ("SERIOUS_IMPACT", "I have resigned as chair"),
        ("SERIOUS_IMPACT", "signed off work with stress for six weeks"),
        ("SERIOUS_IMPACT", "I now leave by the back gate and take a different bus"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="call_log", case="lower", noise="heavy", batch="va",
    pattern="ex_boyfriend_in_same_block_waits_on_stairs_possessive_and_racist_msgs", relationship="ex_partner", occasions=4,
    text="""\
ip rang 1902. ex bf (sep may) livin in same block now, waitin on stairs evry nite, msgs 'u know ur mine', 'go back 2 ur own country den'. ip not scared jus wants it stopd. no threats.""",
    spans=[
        ("STALK_LOITER", "waitin on stairs evry nite"),
        ("FIXATION", "u know ur mine"),
        ("RACIAL_HOSTILITY", "go back 2 ur own country den"),
    ],
)

case(
    40, "harassment", "C",
    voice="statement", case="mixed", noise="typos", batch="va",
    pattern="landlords_sons_repeatedly_call_to_push_tenant_out_one_threat_only", relationship="landlord", occasions=4,
    text="""\
I rent the upstairs flat at 90 Granby St from Mr Terry Olds. In July he told me he wanted the flat back for his nephew. I said he would need to give me proper notice and he did not like that. He has not been round himself since but his two sons have. On 28 July both of them came to my door at 9pm and said there dad wants me out by the end of the month. On 3 August one of them (Dean) came back and banged on the door for ten minutes while I stayed inside. On 9 August they both turned up with a van and said they were there to 'help me pack'. I told them no. On 15 August Dean came again and said 'if you're still here in september you'll be going out the window'. That is the only time anyone has threatend me. I'm not frightend of them really, I think they are just doing what there dad says, but I am stressed and I cant relax in my own home. I have not recieved any notice in writing.""",
    spans=[
        ("STALK_TURN_UP", "both of them came to my door at 9pm"),
        ("STALK_TURN_UP", "came back and banged on the door for ten minutes"),
        ("STALK_TURN_UP", "they both turned up with a van"),
        ("STALK_TURN_UP", "Dean came again"),
        ("THREAT_VIOLENCE", "if you're still here in september you'll be going out the window"),
        ("DISTRESS", "I am stressed and I cant relax in my own home"),
    ],
)

case(
    41, "stalking", "CS",
    voice="result_note", case="mixed", noise="redacted", batch="va",
    pattern="former_neighbour_breaches_restraining_order_by_turning_up_at_victims_new_home", relationship="neighbour", occasions=2,
    text="""\
Result: SUSP [NAME 2] charged with breach of restraining order (s.5(5) PHA) x2 and stalking (s.2A). RO made [DATE] on conviction for stalking VIC [NAME 1], his former next door neighbour at [ADDRESS 1]; it prohibits contact with VIC and going to any address where she lives. On 3/5 and again on 11/5 SUSP attended VIC's new home at [ADDRESS 2], stood at the gate and asked her 'why did you move away from me'. VIC had not told him where she had moved to. No threats. VIC reports feeling shaken. Remanded, next appearance [COURT] [DATE].""",
    spans=[
        ("REPETITION", "On 3/5 and again on 11/5"),
        ("STALK_TURN_UP", "attended VIC's new home at [ADDRESS 2], stood at the gate"),
        ("FIXATION", "why did you move away from me"),
        ("DISTRESS", "VIC reports feeling shaken"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="call_log", case="upper", noise="abbrev", batch="va",
    pattern="extension_works_racist_and_anti_muslim_abuse_over_fence_threat_to_son_only", relationship="neighbour", occasions=4,
    text="""\
CALLER MRS FATIMA KHAN 3 ROWAN CL. NEIGHBOUR AT NO.5 HAS BEEN SHOUTING AT HER OVER THE FENCE ABOUT HER EXTENSION WORKS FOR A WEEK, CALLS HER 'BLOODY P*KI' AND 'BOMBER'. SAT HE SAID HE WOULD 'SORT OUT THAT LAD OF YOURS' (CALLER'S SON, 19). CALLER SAYS SHE ISNT SCARED FOR HERSELF, A BIT WORRIED FOR SON BUT SON NOT BOTHERED. ABUSE ON AT LEAST 4 DAYS. WANTS POLICE TO HAVE A WORD.""",
    spans=[
        ("STALK_CONTACT", "SHOUTING AT HER OVER THE FENCE ABOUT HER EXTENSION WORKS"),
        ("REPETITION", "FOR A WEEK"),
        ("RACIAL_HOSTILITY", "BLOODY P*KI"),
        ("RELIGIOUS_HOSTILITY", "BOMBER"),
        ("REPETITION", "ABUSE ON AT LEAST 4 DAYS"),
    ],
)

case(
    43, "harassment_fear_of_violence", "CF",
    voice="third_party", case="mixed", noise="heavy", batch="va",
    pattern="builder_witnesses_neighbour_threaten_elderly_client_over_extension_wall", relationship="neighbour", occasions=3,
    text="""\
Witnes statment - Gary Lomax, builder (Lomax & Son). Im doing the kitchen extention at 14 Ferndale for Mrs Agnes Doyle (the IP). Neighbour at 16 (bloke with the alsatian, dont know his name) been on at her since day one re the wall being too high + blocking his light. tues 4th he come round the front + said to her face 'you carry on with that wall and ill break your legs'. I was there. fri 7th he was at it again over the fence, 'last warning old girl, ill put you in hosp'. Mrs D was shakin after, she told me shes frightened to answer the door now cos she thinks hes going to go for her. nothing to do with her personally its the wall hes obsessed with.""",
    spans=[
        ("THREAT_VIOLENCE", "you carry on with that wall and ill break your legs"),
        ("REPETITION", "he was at it again over the fence"),
        ("THREAT_VIOLENCE", "last warning old girl, ill put you in hosp"),
        ("DISTRESS", "Mrs D was shakin after"),
        ("FEAR_OF_VIOLENCE", "shes frightened to answer the door now cos she thinks hes going to go for her"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="judgment", case="mixed", noise="clean", batch="va",
    pattern="sentencing_remarks_shared_driveway_racist_threats_with_spade_and_fork", relationship="neighbour", occasions=4,
    text="""\
R v Dennis Mallory - sentencing remarks (extract)

Mr Mallory, you are 62 and you have lived at 12 Wren Close for thirty years. In 2022 Mr and Mrs Adebayo bought number 14. The two houses share a driveway, and from the start you resented their use of it. You were entitled to take any dispute about the boundary or the right of way to the county court. Instead, over a period of about five months, you set about making their lives a misery.

You accept, by your plea, that on four occasions you confronted Mr Adebayo on the drive. On the first you told him that his kind should go back to the jungle. On the second, on 14 August, you said, 'I'll take a spade to your head if you park there again.' On the third, on 2 September, you stood in front of his car holding a garden fork and told him, 'I warned you. Next time I'll use it.' On the fourth you called him a black monkey in front of his children.

Mr Adebayo's evidence, which I accept, is that after the August and September incidents he was afraid that you would seriously injure him, and he remains wary of you. The racial hostility in what you said is plain, and you have admitted it.

I have considered whether this was stalking. The prosecution did not put it that way and I agree: your conduct was about the driveway from beginning to end. It was, however, racially aggravated harassment putting Mr Adebayo in fear of violence on at least two occasions, and it crosses the custody threshold.

I have read the pre-sentence report, which tells me you have no previous convictions and that you care for your wife. The sentence is 12 months' imprisonment suspended for 18 months, with 200 hours of unpaid work, and a restraining order for five years.""",
    spans=[
        ("REPETITION", "over a period of about five months"),
        ("REPETITION", "on four occasions"),
        ("RACIAL_HOSTILITY", "his kind should go back to the jungle"),
        ("THREAT_VIOLENCE", "I'll take a spade to your head if you park there again"),
        ("THREAT_VIOLENCE", "stood in front of his car holding a garden fork"),
        ("THREAT_VIOLENCE", "I warned you. Next time I'll use it"),
        ("RACIAL_HOSTILITY", "called him a black monkey in front of his children"),
        ("FEAR_OF_VIOLENCE", "he was afraid that you would seriously injure him"),
    ],
)
