# ruff: noqa: E501
"""Hand-written narratives, writer sd: coastal towns and seasonal work."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="sd",
    pattern="ex_partner_waits_in_van_at_holiday_park_pleading_msgs", relationship="ex_partner", occasions=4,
    text="""\
CALLER IS DUTY MGR AT SANDPIPER HOLIDAY PARK, RINGING ON BEHALF OF STAFF MEMBER [NAME 1] WHO IS TOO UPSET TO CALL HERSELF. IP WORKS ON RECEPTION FOR THE SUMMER SEASON. HER EX [NAME 2] (SPLIT MARCH, 2 YR REL) HAS BEEN SAT IN HIS VAN IN THE VISITOR CAR PARK 3 TIMES THIS WEEK WHEN SHE FINISHES AT 2200. DOES NOT BOOK A PITCH OR COME IN. ALSO WAS IN THE SITE SHOP ON SUN ASKING OTHER STAFF WHAT SHIFTS SHE IS ON. IP HAS HAD MSGS FROM HIM SAYING HE JUST WANTS TO TALK AND HE CANT SLEEP WITHOUT HER. NO THREATS MADE, NEVER VIOLENT PER IP. IP WANTS IT TO STOP. SECURITY HAVE CCTV INC VRM. ADV CALLER FOR IP TO RING IN OR ATTEND STN. LOG LINKED IN ERROR TO PREV CAD RE DOGS OFF LEAD ON BEACH - NOT RELATED.""",
    spans=[
        ("DISTRESS", "TOO UPSET TO CALL HERSELF"),
        ("STALK_LOITER", "HAS BEEN SAT IN HIS VAN IN THE VISITOR CAR PARK"),
        ("REPETITION", "3 TIMES THIS WEEK"),
        ("STALK_MONITOR", "ASKING OTHER STAFF WHAT SHIFTS SHE IS ON"),
        ("STALK_CONTACT", "HAS HAD MSGS FROM HIM SAYING HE JUST WANTS TO TALK"),
        ("FIXATION", "HE CANT SLEEP WITHOUT HER"),
        ("UNWANTED", "IP WANTS IT TO STOP"),
    ],
)

case(
    2, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="clean", batch="sd",
    pattern="rejected_customer_fixates_on_cafe_owner_xenophobic_abuse", relationship="customer", occasions=7,
    text="""\
Summary: The IP runs the Gull's Rest café on Marine Parade, Porthwenna, with her brother. She is of Turkish Cypriot heritage. The suspect, Gareth ASHBY (52), was a regular customer over the spring. On 14/04 he asked her out and she politely declined. Since then he has come into the café almost every day and sits by the window for two or three hours over one tea, watching her as she works. He has pushed three handwritten notes under the café door after closing, one saying she 'will come round to the idea'. On 2 May the IP's brother saw him following her car to the cash and carry on the industrial estate, where he parked two rows away. On 6 May the IP told him he was no longer welcome. He replied 'you foreign bitch, you lot come over here and think you're too good for us' and on leaving shouted that she should go back to her own country. He has been outside twice since, standing at the railings opposite. The IP describes herself as on edge and sick of it. She has not changed her opening hours as she cannot afford to. Statement obtained, CCTV requested from the café and the amusement arcade next door.""",
    spans=[
        ("STALK_TURN_UP", "he has come into the café"),
        ("REPETITION", "almost every day"),
        ("STALK_WATCH", "watching her as she works"),
        ("STALK_CONTACT", "pushed three handwritten notes under the café door"),
        ("FIXATION", "she 'will come round to the idea'"),
        ("STALK_FOLLOW", "following her car to the cash and carry"),
        ("RACIAL_HOSTILITY", "'you foreign bitch, you lot come over here and think you're too good for us'"),
        ("RACIAL_HOSTILITY", "she should go back to her own country"),
        ("STALK_LOITER", "standing at the railings opposite"),
        ("DISTRESS", "on edge and sick of it"),
    ],
)

case(
    3, "no_offence", "",
    voice="result_note", case="lower", noise="typos", batch="sd",
    pattern="single_abusive_outburst_by_drunk_visitor_at_arcade", relationship="customer", occasions=1,
    text="""\
nfa. single incident 23/7 at funland arcade on the front. susp (drunk, on a stag do, not local) swore at the change booth attendent after a machine ate his £2 coins and called her 'a useless cow'. left when security asked him. no previous contact between them, not seen since, the party went home on the sunday. attendent not hurt and says she gets this every weekend in summer. words only on one occasion, no course of condcut. advice given re keeping booth screen shut.""",
    spans=[
        ("STALK_CONTACT", "swore at the change booth attendent"),
    ],
)

case(
    4, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="abbrev", batch="sd",
    pattern="rival_crab_skipper_threatens_over_pots_twice", relationship="business", occasions=2,
    text="""\
0715 11/10. Att Kettle Quay re IP Daniel TREGEAR, skipper FV Morwenna. IP states SUSP Robert 'Robbie' HOSKEN, skipper of another crabber, accuses IP of lifting his pots on the Mewstone ground. Tues last (5/10) SUSP came up to IP on the fish quay while landing and said 'touch my gear again and I'll put you in the harbour, you won't come up'. Today approx 0540 SUSP brought his boat alongside, shouted across that he'd 'finish you properly next time' + throat cutting gesture. IP says SUSP has a name for fighting in the Anchor and he now believes he will get hurt. IP denies touching the pots. W1 deckhand Kyle (17) confirms 2nd incident. Harbourmaster aware, says there's been bad feeling over that ground for years. Ice plant CCTV - RFI sent. Parking on quay blocked by fish lorry, moved PV.""",
    spans=[
        ("THREAT_VIOLENCE", "'touch my gear again and I'll put you in the harbour, you won't come up'"),
        ("REPETITION", "Tues last (5/10)"),
        ("THREAT_VIOLENCE", "he'd 'finish you properly next time'"),
        ("THREAT_VIOLENCE", "throat cutting gesture"),
        ("FEAR_OF_VIOLENCE", "he now believes he will get hurt"),
    ],
)

case(
    5, "aggravated_harassment", "CR",
    voice="updates", case="mixed", noise="typos", batch="sd",
    pattern="neighbour_shouts_anti_polish_abuse_at_seasonal_workers", relationship="neighbour", occasions=5,
    text="""\
UPDATE 1 (PC 2291 FENWICK) 18/06 - Spoke to the IPs, four Polish nationals living at 7 Harbour Terrace for the season, all employed at the fish processing unit. Since they moved in mid May the neighbour at no.9, Mr Dennis COWAN, has repeatedly shouted at them over the back wall. IP1 Marta has kept a note of dates: 19/5, 26/5, 2/6, 9/6 and last night. Comments include 'Polish scum', 'go back to Poland and take your stink with you' and 'this was an English street'. Last night he banged on there front window at 2300 shouting the same. No threats of violence, they are not scared of him as such just fed up with it, Marta says its worse when hes had a drink.
UPDATE 2 (PC 2291) 20/06 - Attended no.9, Cowan not in, card left. Neighbour at no.5 has heard the shouting and says Cowan 'has a problem with all the foreigners in the terrace'.
UPDATE 3 (PS 1180) 22/06 - Cowan interviewed VA. Admits shouting, says they are noisy and leave bins out on the pavement. Denies the racial words. Hate crime flag added, file to be built.""",
    spans=[
        ("STALK_CONTACT", "has repeatedly shouted at them over the back wall"),
        ("REPETITION", "19/5, 26/5, 2/6, 9/6 and last night"),
        ("RACIAL_HOSTILITY", "'Polish scum'"),
        ("RACIAL_HOSTILITY", "'go back to Poland and take your stink with you'"),
        ("RACIAL_HOSTILITY", "'this was an English street'"),
        ("STALK_CONTACT", "banged on there front window at 2300 shouting the same"),
        ("DISTRESS", "just fed up with it"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="mixed", noise="clean", batch="sd",
    pattern="stranger_fixates_on_pier_kiosk_worker_she_quits_season_job", relationship="stranger", occasions=6,
    text="""\
I am nineteen and from the end of May until last week I worked on the Scoop Shack ice cream kiosk at the end of Penhallow pier. I was living in the staff caravans behind the pier car park. I do not know the man's name but he is the person the officer showed me as Person A. The first time I noticed him was around the 3rd of June when he bought a cone and asked what time I finished. After that he was at the kiosk nearly every afternoon. He would buy something small and then stand against the pier rail for an hour or more just looking at me. My manager Jodie saw this too. Around the middle of June he started being on the promenade when I walked back to the caravans at night and he would walk behind me, not close, but all the way to the gate. One night in July I found a bunch of carnations tied to the step of my caravan with a card saying 'for my girl on the pier'. I have never given him my number or told him where I live. He has never threatened me and has never touched me. But I stopped sleeping properly and I could not face going to work knowing he would be there. On the 2nd of August I handed my notice in, three weeks before the end of my contract, and I have gone back to live with my mum in Redruth. I lost my end of season bonus because of this. I want him to leave me alone.""",
    spans=[
        ("STALK_TURN_UP", "he was at the kiosk"),
        ("REPETITION", "nearly every afternoon"),
        ("STALK_WATCH", "stand against the pier rail for an hour or more just looking at me"),
        ("STALK_FOLLOW", "he would walk behind me, not close, but all the way to the gate"),
        ("STALK_GIFTS", "a bunch of carnations tied to the step of my caravan"),
        ("FIXATION", "'for my girl on the pier'"),
        ("DISTRESS", "I stopped sleeping properly"),
        ("SERIOUS_IMPACT", "I handed my notice in, three weeks before the end of my contract"),
        ("SERIOUS_IMPACT", "I have gone back to live with my mum in Redruth"),
        ("UNWANTED", "I want him to leave me alone"),
    ],
)

case(
    7, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="heavy", batch="sd",
    pattern="ex_partner_visits_static_caravan_religious_abuse_in_msgs", relationship="ex_partner", occasions=6,
    text="""\
MO: SUSP = EX-P OF IP (REL 18 MTHS, ENDED 02/09). IP IS MUSLIM & WEARS HIJAB, WRKS AT DONUT KIOSK W PROM. SINCE SPLIT SUSP HAS ATT IP HOME ADDR (STATIC VAN 31, GOLDEN SANDS HOL PK) X4, BANGING ON DOOR BEGGING 2 TALK. LEFT NOTES ON HER CAR WINDSCRN X2. SENT APPROX 30 WHATSAPP MSGS OVR 3 WKS, MIX OF 'PLS COME BK I LOVE U' AND RELIGOUS ABUSE - 'GO BAK 2 UR MOSQUE U RAGHEAD', 'TAKE THAT TEA TOWEL OFF UR HEAD'. NO THRTS 2 HARM. IP STATES NOT FRIGHTND OF HIM, WANTS IT 2 STOP. NO CHNGE 2 ROUTINE. SUSP KNOWN, PREV D/D 2019 NOT RELVNT.""",
    spans=[
        ("STALK_TURN_UP", "HAS ATT IP HOME ADDR"),
        ("STALK_CONTACT", "BANGING ON DOOR BEGGING 2 TALK"),
        ("STALK_CONTACT", "LEFT NOTES ON HER CAR WINDSCRN X2"),
        ("STALK_CONTACT", "SENT APPROX 30 WHATSAPP MSGS"),
        ("REPETITION", "OVR 3 WKS"),
        ("FIXATION", "'PLS COME BK I LOVE U'"),
        ("RELIGIOUS_HOSTILITY", "'GO BAK 2 UR MOSQUE U RAGHEAD'"),
        ("RELIGIOUS_HOSTILITY", "'TAKE THAT TEA TOWEL OFF UR HEAD'"),
        ("UNWANTED", "WANTS IT 2 STOP"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="victim_diary", case="lower", noise="typos", batch="sd",
    pattern="boatyard_lad_racist_threats_at_harbour_takeaway", relationship="customer", occasions=2,
    text="""\
sat 3rd aug - the same lad from the boat yard came in about 11pm with 2 mates. wanted his chips for free, when Rafiq said no he looked at me and said 'you p*ki c***, i'll burn this place down with you in it'. they went off laughing. i was shaking doing the till after.
sun 4th - nothing. busy with the carnival crowd.
wed 7th - he was outside when i was pulling the shutters down. said 'told you, your dead' and called me a paki again. i went straight back in and rang Rafiq to come round the front. i honestly think he will hurt me, i keep seeing his face.
fri 9th - police came, gave them this diary. officer said it is a hate crime.""",
    spans=[
        ("RACIAL_HOSTILITY", "'you p*ki c***"),
        ("THREAT_VIOLENCE", "i'll burn this place down with you in it'"),
        ("DISTRESS", "i was shaking doing the till after"),
        ("THREAT_VIOLENCE", "'told you, your dead'"),
        ("RACIAL_HOSTILITY", "called me a paki again"),
        ("FEAR_OF_VIOLENCE", "i honestly think he will hurt me"),
    ],
)

case(
    9, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sd",
    pattern="ex_partner_follows_clubhouse_bar_worker_racist_texts_repeated_threats", relationship="ex_partner", occasions=5,
    text="""\
Sgt review 14/09: Crime originally recorded as malicious comms (single msg). Having read the IP's ABE summary and the phone download, this is not a single message. IP and SUSP (41) were together 3 yrs, split end of June. Since then SUSP has followed her home from her shift at the clubhouse bar at Tides Reach park on at least three nights (W2 barman saw him in the car park each time); sent texts calling her a 'black slag' and telling her 'go back to the jungle where u belong'; and on 28/08 and again on 6/09 told her on the phone he would 'smash her face in' if he saw her with anyone else. IP states she is terrified he'll do it. Course of conduct by an ex-partner, racial hostility plain from the texts, repeated threats causing fear. Reclassify to racially aggravated s.4A PHA. DASH completed - HIGH, MARAC referral made. OIC to arrest today. Note: the previous OIC's description of this as a 'domestic argument' is not supported by anything on file.""",
    spans=[
        ("STALK_FOLLOW", "followed her home from her shift at the clubhouse bar"),
        ("REPETITION", "on at least three nights"),
        ("STALK_LOITER", "saw him in the car park each time"),
        ("STALK_CONTACT", "sent texts calling her"),
        ("RACIAL_HOSTILITY", "'black slag'"),
        ("RACIAL_HOSTILITY", "'go back to the jungle where u belong'"),
        ("REPETITION", "on 28/08 and again on 6/09"),
        ("THREAT_VIOLENCE", "he would 'smash her face in'"),
        ("FEAR_OF_VIOLENCE", "she is terrified he'll do it"),
    ],
)

case(
    10, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="sd",
    pattern="man_in_camper_watches_surf_instructor_photographs_her_car", relationship="stranger", occasions=8,
    text="""\
I run Breakers Surf School on Porth Sands and I'm reporting this for one of my instructors, Freya, because she keeps saying it's nothing and I don't think it is. There's a man, sixties, grey beard, drives a silver camper, who has been parking up on the headland above our beach since about the start of July. He sits on a fold-out chair with binoculars and he only seems to be there when Freya is teaching. On her days off he isn't there. I've seen this myself at least six or seven times. Last Thursday one of the other instructors saw him walk round Freya's car in the beach car park taking photos of it, including the number plate. Then on Saturday he came down and stood at the water's edge during her kids' lesson until she came over, and he asked her if she lived 'in the cottages up Chapel Lane', which is where she does live. She told him to go away. He has never spoken to any of the rest of us. Freya says she isn't frightened, she just thinks he's a weirdo, but she's 22 and lives on her own. I'd like someone to have a word with him.""",
    spans=[
        ("STALK_WATCH", "He sits on a fold-out chair with binoculars"),
        ("FIXATION", "he only seems to be there when Freya is teaching"),
        ("REPETITION", "at least six or seven times"),
        ("STALK_MONITOR", "taking photos of it, including the number plate"),
        ("STALK_TURN_UP", "stood at the water's edge during her kids' lesson"),
        ("STALK_MONITOR", "asked her if she lived 'in the cottages up Chapel Lane'"),
        ("UNWANTED", "She told him to go away"),
    ],
)

case(
    11, "harassment", "C",
    voice="result_note", case="mixed", noise="abbrev", batch="sd",
    pattern="caravan_neighbour_three_abusive_voicemails_in_minutes_kelly", relationship="neighbour", occasions=3,
    text="""\
RESULT: S.2 PHA charge authorised by CPS 03/11. Circs: SUSP (owns static on pitch 44, Seaview Park) left three voicemails on IP's mobile between 2231 and 2240 on 19/10, after a dispute about IP's dog using the grass by SUSP's decking. VMs abusive - 'you're a stuck up cow', 'everyone on this park hates you', 'I'll make your life a misery till you sell up'. No other contact before or since. SUSP said in interview it was really one phone call. CPS view: each VM a separate occasion, time to reflect between each, course of conduct made out (Kelly). No fear of violence, IP upset and embarrassed. Bailed, cond not to contact IP. First app mags 18/11.""",
    spans=[
        ("STALK_CONTACT", "left three voicemails on IP's mobile"),
        ("REPETITION", "between 2231 and 2240 on 19/10"),
        ("DISTRESS", "IP upset and embarrassed"),
    ],
)

case(
    12, "harassment_fear_of_violence", "CFD",
    voice="call_log", case="lower", noise="abbrev", batch="sd",
    pattern="hotel_kitchen_porter_threatens_chef_who_reported_him_she_quits", relationship="colleague", occasions=3,
    text="""\
caller 24yrs, seasonal commis chef at the marine hotel on the esplanade. states kp Liam DOYLE has threatened her 3 times since she reported him to mgmt for taking stock home. 1st 12/8 in the walk in fridge 'grass on me again and ill glass you'. 2nd 15/8 in staff smoking area 'your gonna get cut'. last night 18/8 text 'enjoy ur last shift'. caller v scared, thinks he will attack her walking back to the staff hostel. she has walked out of the job today and is getting the train home to bristol tmrw, losing her accom. no injuries. susp on shift at hotel till 2300. oic allocated, call back 1600.""",
    spans=[
        ("REPETITION", "3 times since she reported him"),
        ("THREAT_VIOLENCE", "'grass on me again and ill glass you'"),
        ("THREAT_VIOLENCE", "'your gonna get cut'"),
        ("STALK_CONTACT", "text 'enjoy ur last shift'"),
        ("FEAR_OF_VIOLENCE", "thinks he will attack her walking back to the staff hostel"),
        ("SERIOUS_IMPACT", "she has walked out of the job today"),
    ],
)

case(
    13, "aggravated_harassment", "CDR",
    voice="crime_summary", case="mixed", noise="clean", batch="sd",
    pattern="year_round_neighbour_antisemitic_abuse_at_holiday_let_family_leave_early", relationship="neighbour", occasions=3,
    text="""\
Crime summary. The victims are a Jewish family (parents and three children) from Manchester who rented 'Driftwood', a holiday cottage on Quay Street, for the week of 2 to 9 August. The suspect, Peter LANYON (67), lives year-round in the adjoining cottage. On the Sunday, Tuesday and Wednesday the suspect shouted at the children in the shared yard, calling them 'little Jew rats', and told the father that 'your lot own half the houses round here and now you want the beach too'. On the Wednesday night someone drew on the family's windscreen in lipstick; nothing links this to the suspect and it is not relied on. The family left on the Thursday morning, two days early, losing the rest of the let, because the children would no longer go out into the yard. The letting agent, Coastline Cottages, confirms the early departure and has had earlier complaints from guests about the suspect's 'manner', none mentioning religion. Suspect interviewed, no comment. Advice file to CPS for religiously aggravated s.2.""",
    spans=[
        ("REPETITION", "On the Sunday, Tuesday and Wednesday"),
        ("STALK_CONTACT", "shouted at the children in the shared yard"),
        ("RELIGIOUS_HOSTILITY", "'little Jew rats'"),
        ("RELIGIOUS_HOSTILITY", "'your lot own half the houses round here and now you want the beach too'"),
        ("SERIOUS_IMPACT", "The family left on the Thursday morning, two days early"),
    ],
)

case(
    14, "no_offence", "R",
    voice="notebook", case="mixed", noise="abbrev", batch="sd",
    pattern="single_racist_slur_from_passer_by_on_promenade", relationship="stranger", occasions=1,
    text="""\
1630 Sat 16/7. Flagged down on prom by crazy golf. IP (Black male, 30s, on hol from London w/ family) states a male walking past the other way called him a 'n*****' and carried on towards the lifeboat stn. Never seen him before. No other words, no threats. Area search w/ IP neg. IP going home Mon, happy to leave with us. Crime recorded s.5 POA RA. One occasion only, stranger - not PHA.""",
    spans=[
        ("RACIAL_HOSTILITY", "called him a 'n*****'"),
    ],
)

case(
    15, "stalking_fear_alarm_distress", "CSF",
    voice="dash_note", case="mixed", noise="abbrev", batch="sd",
    pattern="estranged_trawlerman_watches_flat_and_repeats_threat_when_ashore", relationship="ex_partner", occasions=6,
    text="""\
DASH notes - IP Kerry P, SUSP Jason P (estranged husband, sep 5 wks, crew on a beam trawler out of Newlyn, ashore Thurs-Sun).
Q1 injury: no.
Q2 frightened: 'yes, of what he'll do when he's back in'.
Q3 what of: on 2/3 he told her 'if I can't have you I'll make sure no one wants to look at you'. Last Sat outside the Co-op he said 'I meant what I said'.
Q6 separation: yes, her decision.
Q10 stalking: yes - drives past her flat above the chandlery 'loads' when ashore, has sat outside in his truck on 3 occasions she knows of, and turned up at her work (net loft) twice asking her mates who she's been seeing.
Q13 kids: 1, aged 6, contact via his mum.
Risk: MEDIUM, review when boat back in Thurs. Safety planning done, TecSOS requested.""",
    spans=[
        ("FEAR_OF_VIOLENCE", "'yes, of what he'll do when he's back in'"),
        ("THREAT_VIOLENCE", "'if I can't have you I'll make sure no one wants to look at you'"),
        ("THREAT_VIOLENCE", "he said 'I meant what I said'"),
        ("STALK_WATCH", "drives past her flat above the chandlery 'loads'"),
        ("STALK_LOITER", "has sat outside in his truck on 3 occasions"),
        ("STALK_TURN_UP", "turned up at her work (net loft) twice"),
        ("STALK_MONITOR", "asking her mates who she's been seeing"),
    ],
)

case(
    16, "aggravated_stalking", "CSR",
    voice="vps", case="mixed", noise="clean", batch="sd",
    pattern="local_man_runs_facebook_page_about_sikh_arcade_owner_and_follows_him", relationship="stranger", occasions=8,
    text="""\
Victim personal statement. I bought the Golden Mile amusements on the front in February. I am a Sikh and I wear a turban. Since April a man who lives in the town, who I now know to be Trevor MAIN, has made it his business to follow my life. He set up a Facebook page called 'Save Our Seafront' which is really only about me. He has posted photographs of me locking up at night, of my car, of my children in their school uniform with the badge showing, and a picture of my house with the caption 'this is where the turban lot live now'. In other posts he calls me a 'towelhead' and says the town is being 'handed over to the Indians'. He has followed me in his car from the arcade to the bank three times and I have seen him standing across the road filming me. I am proud of what I have built here and I have not let him drive me out. I still open every day and I still walk to the bank. But it makes me feel watched in my own town and my wife worries every time I leave the house. I would like the court to know that this was never about the arcade. It has been about me and my family.""",
    spans=[
        ("FIXATION", "which is really only about me"),
        ("STALK_PUBLISH", "posted photographs of me locking up at night"),
        ("STALK_PUBLISH", "a picture of my house with the caption"),
        ("RACIAL_HOSTILITY", "'this is where the turban lot live now'"),
        ("RACIAL_HOSTILITY", "calls me a 'towelhead'"),
        ("RACIAL_HOSTILITY", "'handed over to the Indians'"),
        ("STALK_FOLLOW", "followed me in his car from the arcade to the bank three times"),
        ("STALK_WATCH", "standing across the road filming me"),
        ("DISTRESS", "it makes me feel watched in my own town"),
    ],
)

case(
    17, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="call_log", case="upper", noise="heavy", batch="sd",
    pattern="dodgems_worker_and_group_threaten_kurdish_grill_owner_weekends", relationship="customer", occasions=4,
    text="""\
CALLER OWNR OF ANKARA GRILL, 3 SEAFRONT ARCADE. KURDISH, SOME LANG DIFFCLTY, SON TRANSLTNG. SAME GRP OF 4-5 YOUTHS IN AGAIN TONITE, LEADER KNWN TO HIM AS 'DEACON' (LOCAL, WRKS ON THE DODGEMS). BEEN COMING IN EVRY FRI/SAT SINCE EASTER. TONITE DEACON SAID 'WE'LL STAB U UP U DIRTY IMMIGRANT', LAST SAT SAID HE'D 'COME BACK WITH A BLADE' & CALLED HIM A TERRORIST. CALLER SCARED FOR HIS SAFETY, NOW SHUTTING AT 2200 NOT 0100. GRP GONE TWDS PIER. NO WPNS SEEN. UNITS REQ. PREV LOG 0412 SAME PREMS RE BROKEN WINDOW - UNDETECTED.""",
    spans=[
        ("REPETITION", "EVRY FRI/SAT SINCE EASTER"),
        ("THREAT_VIOLENCE", "'WE'LL STAB U UP"),
        ("RACIAL_HOSTILITY", "U DIRTY IMMIGRANT"),
        ("THREAT_VIOLENCE", "HE'D 'COME BACK WITH A BLADE'"),
        ("RACIAL_HOSTILITY", "CALLED HIM A TERRORIST"),
        ("FEAR_OF_VIOLENCE", "CALLER SCARED FOR HIS SAFETY"),
        ("SERIOUS_IMPACT", "NOW SHUTTING AT 2200 NOT 0100"),
    ],
)

case(
    18, "stalking", "CS",
    voice="victim_diary", case="lower", noise="heavy", batch="sd",
    pattern="ex_partner_pleading_msgs_flowers_at_caravan_park_reception", relationship="ex_partner", occasions=5,
    text="""\
kept this like the officer said.
mon 4 mar - 14 msgs from kyle between 6am and dinner. 'pls babe just answer', 'i no i messed up', 'i cant do this season without u', 'ur the only 1 who gets me'. didnt answer.
tue 5 - flowers left at reception at the caravan park where i clean, card said 'always urs K x'. sharon on reception binned them 4 me.
thurs 7 - he was sat on the wall opposite the laundrette when i came out the chalets. didnt say nothing just waved.
sat 9 - 6 more msgs + a voice note of him crying. blocked him. he then messaged my sister asking if im seeing someone.
sun 10 - new number, 'plz dont block me again i just need 2 no ur ok'.
hes never threatened me and hes not like that. i just need him to get it into his head we are done. 4 yrs is a long time but its over.""",
    spans=[
        ("STALK_CONTACT", "14 msgs from kyle between 6am and dinner"),
        ("FIXATION", "'i cant do this season without u'"),
        ("STALK_GIFTS", "flowers left at reception at the caravan park where i clean"),
        ("STALK_LOITER", "he was sat on the wall opposite the laundrette"),
        ("STALK_CONTACT", "6 more msgs + a voice note of him crying"),
        ("UNWANTED", "blocked him"),
        ("STALK_MONITOR", "messaged my sister asking if im seeing someone"),
        ("STALK_CONTACT", "new number, 'plz dont block me again"),
        ("UNWANTED", "we are done"),
    ],
)

case(
    19, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="typos", batch="sd",
    pattern="neighbour_objects_to_holiday_let_photographs_guests_complains_to_council", relationship="neighbour", occasions=13,
    text="""\
Supervisor review 03/09 (A/Insp 4471). Crimed as stalking (s.2A) on the basis the suspect has been photographing the victim. Having reviewed: the victim owns and runs 'Harbour Light', a holiday let on Fore Street. The suspect lives opposite and objects to the let - parking, noise, bins on changeover days. Since June he has photographed guests cars parked on the street and the victims cleaners arriving, logged changeover times, made seven complaints to the council (noise, planning, waste) and posted twice in the town Facebook group calling her 'a greedy second-home parasite'. He has also sent her four emails demanding she stops letting it. The victim finds it wearing and intimidating. None of the photos or posts concern her private life; every one of them is about the let and how its used. The council has upheld one complaint (bin storage). I do not see fixation on the victim as a person, this is a neighbour dispute about a property conducted oppresively. Several complaints look vexatious and the emails and posts are unreasonable. Reclassify to s.2 harassment. CPW to be considered, mediation offered via council ASB team.""",
    spans=[
        ("REPETITION", "Since June"),
        ("STALK_MONITOR", "logged changeover times"),
        ("STALK_ORDERS", "made seven complaints to the council"),
        ("STALK_PUBLISH", "posted twice in the town Facebook group calling her 'a greedy second-home parasite'"),
        ("STALK_CONTACT", "sent her four emails demanding she stops letting it"),
        ("DISTRESS", "finds it wearing and intimidating"),
    ],
)

case(
    20, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="judgment", case="mixed", noise="clean", batch="sd",
    pattern="ex_partner_waits_at_holiday_park_spa_racist_messages_victim_moves_away", relationship="ex_partner", occasions=9,
    text="""\
R v Darren MILLS. Sentencing remarks.
Mr Mills, you are 38. On the morning your trial was listed you admitted stalking, racially aggravated. Ms Li and you were together roughly two years until she finished it in October. Over the following nine weeks you would not accept that decision. You went to the holiday park where she worked in the spa at least five times and waited by the staff entrance. You followed her bus home on two occasions in your car. You sent her a great many messages. Some begged her to come back; others were vile. You called her a 'chink' and a 'slanty-eyed whore' and told her to 'go back to China and eat dogs'. She was born in Falmouth. There were no threats of violence; the Crown accepts that and so do I. The harm is nonetheless real. Her statement tells me she gave up a job she loved, moved forty miles to live with a friend in Plymouth, and changed her phone number twice. The racist language makes this worse and my sentence reflects that. Fourteen months, immediate custody. The restraining order protecting Ms Li runs indefinitely.""",
    spans=[
        ("FIXATION", "you would not accept that decision"),
        ("REPETITION", "at least five times"),
        ("STALK_LOITER", "waited by the staff entrance"),
        ("STALK_FOLLOW", "You followed her bus home on two occasions in your car"),
        ("STALK_CONTACT", "You sent her a great many messages"),
        ("RACIAL_HOSTILITY", "a 'chink'"),
        ("RACIAL_HOSTILITY", "a 'slanty-eyed whore'"),
        ("RACIAL_HOSTILITY", "'go back to China and eat dogs'"),
        ("SERIOUS_IMPACT", "she gave up a job she loved"),
        ("SERIOUS_IMPACT", "moved forty miles to live with a friend in Plymouth"),
        ("SERIOUS_IMPACT", "changed her phone number twice"),
    ],
)

case(
    21, "harassment_fear_of_violence", "CF",
    voice="updates", case="mixed", noise="abbrev", batch="sd",
    pattern="staff_house_landlord_threatens_lifeguard_tenant_over_deposit", relationship="landlord", occasions=3,
    text="""\
Upd 1 02/07 PC Hale: IP is a 20 y/o seasonal lifeguard renting a room in a shared house on Beach Rd from SUSP, who lets 3 other staff houses in town. Dispute over her deposit and her wanting to leave early. On 28/06 SUSP came round to 'inspect', IP asked for the deposit back, SUSP squared up to her in the kitchen and said 'you'll get a smack, not a deposit'. IP states 'he's said it again twice since' - once by text (seen: 'keep pushing and u'll get that smack') and once on the doorstep 30/06. IP says she's frightened he will hit her next time he comes round, he has a key.
Upd 2 04/07 PC Hale: Text exhibited. SUSP spoken to by phone, denies any threats, says IP owes £200 in bills. VI booked 10/07. Deposit referred to the protection scheme, civil matter, separate.""",
    spans=[
        ("THREAT_VIOLENCE", "'you'll get a smack, not a deposit'"),
        ("REPETITION", "'he's said it again twice since'"),
        ("THREAT_VIOLENCE", "'keep pushing and u'll get that smack'"),
        ("FEAR_OF_VIOLENCE", "she's frightened he will hit her next time he comes round"),
    ],
)

case(
    22, "no_offence", "",
    voice="crime_summary", case="mixed", noise="clean", batch="sd",
    pattern="holiday_park_pitch_fee_arrears_letters_and_visit_lawful", relationship="business", occasions=4,
    text="""\
Caller, who owns a static caravan at Bay View Holiday Park, reports she is being 'harassed' by the park. Enquiries show she is £1,840 in arrears on this year's pitch fees. The park office has sent three letters (March, May, July) setting out the debt and the terms of her licence agreement, and the site manager called at the van once in August with a notice that the licence will end if the fees are not paid by 30 September. Letters seen: formal and polite. No abuse, nothing out of office hours. Caller upset and says it is making her ill. No offence disclosed - lawful recovery of a debt under the agreement. Advised Citizens Advice and the park owners' association. NCI.""",
    spans=[
        ("DISTRESS", "Caller upset and says it is making her ill"),
    ],
)

case(
    23, "stalking_fear_alarm_distress", "CSFD",
    voice="statement", case="inconsistent", noise="typos", batch="sd",
    pattern="ex_partner_sits_outside_winter_holiday_let_drowning_threats", relationship="ex_partner", occasions=9,
    text="""\
i am making this statement about my ex partner MARK TRELOAR. We lived together in his static at Polgwyn Holiday Village for 4 years, he does the maintenance there. i left him on 1st Feb and moved into a holiday let my friend owns, its empty out of season. Since then he has found out where i am, i Dont know how. He has been outside the let in his work van at least 6 times, usually late, just sat there with the engine running. he has rung my mobile over 100 times. On 20 Feb he left a voicemail saying 'you'll end up in the harbour if you carry on making me look stupid'. On 3 MARCH when i was walking the dog on the slipway he came up behind me and said 'i'll drown you like i said'. I am terrified of him. i have had to leave my job at the amusements because he knows my shifts, i have changed my number and my friend has put a camera doorbell on the let for me. I dont go out after dark now.""",
    spans=[
        ("STALK_MONITOR", "he has found out where i am"),
        ("STALK_LOITER", "outside the let in his work van"),
        ("REPETITION", "at least 6 times"),
        ("STALK_CONTACT", "rung my mobile over 100 times"),
        ("THREAT_VIOLENCE", "'you'll end up in the harbour if you carry on making me look stupid'"),
        ("STALK_FOLLOW", "he came up behind me"),
        ("THREAT_VIOLENCE", "'i'll drown you like i said'"),
        ("FEAR_OF_VIOLENCE", "I am terrified of him"),
        ("SERIOUS_IMPACT", "leave my job at the amusements"),
        ("SERIOUS_IMPACT", "i have changed my number"),
        ("SERIOUS_IMPACT", "put a camera doorbell on the let"),
        ("SERIOUS_IMPACT", "I dont go out after dark now"),
    ],
)

case(
    24, "harassment", "C",
    voice="call_log", case="mixed", noise="typos", batch="sd",
    pattern="outboard_engine_sale_dispute_abusive_texts_threat_to_brother", relationship="acquaintance", occasions=5,
    text="""\
Caller Shane BOLITHO reports ongoing issue with Carl VINEY who he knows from the harbour. Caller sold Viney an outboard in April for £900, Viney says it was knackered and wants his money back, caller refuses. Since then Viney has texted him 20+ times demanding the money, calling him a 'con man' and a 'thieving pr*ck', and has twice come up to him in the Ship Inn having a go at him in front of people. Latest texts say 'tell your brother to watch his back on that boat of his' and that he knows where the brother moors. Caller says he is not bothered for himself at all, 'Viney's all mouth', and his brother Dale laughed it off. Caller just wants the texts to stop. Adv re civil route for the engine money. Crime rec'd s.2, OIC to speak to Viney. Caller also asked about parking permits on the quay - reffered to council.""",
    spans=[
        ("STALK_CONTACT", "texted him 20+ times demanding the money"),
        ("STALK_CONTACT", "twice come up to him in the Ship Inn having a go at him"),
        ("UNWANTED", "just wants the texts to stop"),
    ],
)

case(
    25, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="clean", batch="sd",
    pattern="changeover_cleaning_supervisor_abuses_romanian_cleaners_single_threat", relationship="colleague", occasions=6,
    text="""\
Statement of Ioana D., taken through Language Line (Romanian). I work as a cleaner on changeover days for Tidewater Lets, cleaning holiday cottages around the bay. My supervisor is an English woman called Bev. Since I started in May she speaks to me and to my friend Elena differently from the English girls. Most Saturdays she says things like 'you gypsies are all thieves' and 'Romanians should be picking potatoes, not touching people's nice things'. She checks our bags in front of everyone. On 10 August when I told her I would complain to the office she said 'do that and I'll break your fingers'. That was the only time she said anything like that. I don't think she would really do it, she is all talk. But I feel small and ashamed when I go to work and I cry in the car afterwards. I need the job so I have not left.""",
    spans=[
        ("REPETITION", "Most Saturdays"),
        ("RACIAL_HOSTILITY", "'you gypsies are all thieves'"),
        ("RACIAL_HOSTILITY", "'Romanians should be picking potatoes, not touching people's nice things'"),
        ("THREAT_VIOLENCE", "'do that and I'll break your fingers'"),
        ("DISTRESS", "I cry in the car afterwards"),
    ],
)

case(
    26, "aggravated_stalking", "CSR",
    voice="dash_note", case="mixed", noise="abbrev", batch="sd",
    pattern="ex_partner_and_his_crewmates_watch_traveller_woman_anti_traveller_abuse", relationship="ex_partner", occasions=8,
    text="""\
DASH/S-DASH - IP Bridget W (Irish Traveller, lives on council site off Marsh Rd, works at the whelk stall on the harbour). SUSP ex-p Lee K, split 6 wks.
Contact since split? Yes - 40-50 calls, VMs saying 'come home' and 'I'll never let you go'. Also calls her 'a dirty pikey', 'knacker', tells her 'go back to your bog'.
Others involved? Yes - his mates off the scallop boat have driven slowly past the site entrance and beeped most nights. One filmed her on his phone at the bus stop; IP believes Lee sent him as Lee then messaged her describing what she was wearing.
Threats? None.
Frightened? 'Not of him. He's a coward.'
Changed anything? 'No, why should I.'
Risk STANDARD. Crime rec'd aggravated stalking. IDVA referral offered, declined.""",
    spans=[
        ("STALK_CONTACT", "40-50 calls"),
        ("FIXATION", "'I'll never let you go'"),
        ("RACIAL_HOSTILITY", "'a dirty pikey'"),
        ("RACIAL_HOSTILITY", "'knacker'"),
        ("RACIAL_HOSTILITY", "'go back to your bog'"),
        ("STALK_WATCH", "driven slowly past the site entrance and beeped most nights"),
        ("STALK_MONITOR", "filmed her on his phone at the bus stop"),
        ("STALK_MONITOR", "messaged her describing what she was wearing"),
    ],
)

case(
    27, "aggravated_harassment_fear_of_violence", "CFR",
    voice="mo_field", case="mixed", noise="abbrev", batch="sd",
    pattern="online_racist_knife_threats_to_takeaway_owner_after_refund_row", relationship="online", occasions=2,
    text="""\
MO: Online. After a disputed refund for a late delivery, SUSP (ID'd via phone no. as Nathan PRYOR, 29, deckhand) sent IP (British Chinese, owner of Golden Dragon takeaway, Harbour St) FB Messenger msgs on 2/11 & 9/11. 2/11: 'ching chong, I'll slit your throat you yellow rat'. 9/11: 'still open? told you, I'll do you with a gutting knife'. IP lives over the shop w/ family, fears being attacked, 'every time the door goes I think it's him'. No further msgs since 9/11.""",
    spans=[
        ("STALK_CONTACT", "FB Messenger msgs on 2/11 & 9/11"),
        ("RACIAL_HOSTILITY", "'ching chong"),
        ("THREAT_VIOLENCE", "I'll slit your throat"),
        ("RACIAL_HOSTILITY", "you yellow rat'"),
        ("THREAT_VIOLENCE", "I'll do you with a gutting knife'"),
        ("FEAR_OF_VIOLENCE", "fears being attacked"),
        ("FEAR_OF_VIOLENCE", "'every time the door goes I think it's him'"),
    ],
)

case(
    28, "stalking", "CS",
    voice="result_note", case="mixed", noise="abbrev", batch="sd",
    pattern="ex_partner_breaches_restraining_order_at_fish_market_gate_twice", relationship="ex_partner", occasions=2,
    text="""\
Result: Charged 2 x breach of RO + s.2A. SUSP is ex-partner of IP; RO granted at mags in Jan, no contact and not to attend the fish market at Milford Dock where IP works as a buyer. CCTV shows SUSP at the fish market gate 0510 on 14/5 and again 0455 on 21/5, walking up to IP's van and tapping the window, saying he 'just wanted to see her face'. IP not scared of him - 'he's pathetic' - but wants the order enforced. Remanded overnight, court Mon.""",
    spans=[
        ("STALK_TURN_UP", "SUSP at the fish market gate 0510 on 14/5"),
        ("REPETITION", "again 0455 on 21/5"),
        ("STALK_CONTACT", "tapping the window"),
        ("FIXATION", "'just wanted to see her face'"),
        ("UNWANTED", "wants the order enforced"),
    ],
)

case(
    29, "harassment_fear_of_violence", "CF",
    voice="notebook", case="mixed", noise="typos", batch="sd",
    pattern="yacht_owner_threatens_harbourmaster_over_overstay_twice", relationship="business", occasions=2,
    text="""\
14/3 1120 Trewint Harbour Office. IP Alan CROCKER (64), harbourmaster. SUSP owner of yacht 'Blue Tern', told in writing to move off the visitors pontoon (3 wks overstay, dues unpaid). 10/3 SUSP came into office, said 'You tow my boat and I'll break your legs, old man'. 13/3 on pontoon, SUSP walked up close and said 'remember what I told you, you'll be in hospital'. IP says he is genuinly worried SUSP will 'do him' when he is on the pontoon alone at night. Notices to SUSP seen, standard harbour dues letters. W - pontoon CCTV (camera 2) to be seized. Sea fog, visibilty poor at time of visit.""",
    spans=[
        ("THREAT_VIOLENCE", "'You tow my boat and I'll break your legs, old man'"),
        ("THREAT_VIOLENCE", "'remember what I told you, you'll be in hospital'"),
        ("FEAR_OF_VIOLENCE", "genuinly worried SUSP will 'do him'"),
    ],
)

case(
    30, "harassment", "C",
    voice="third_party", case="mixed", noise="clean", batch="sd",
    pattern="neighbour_homophobic_abuse_at_b_and_b_owners_reported_by_guest", relationship="neighbour", occasions=4,
    text="""\
I'm writing as a guest who stayed at Seagrass B&B on Cliff Road from 12 to 16 September. The owners, Tom and Ade, are a married couple. During our stay the man next door shouted 'f***ing poofs' over the fence at them on at least three separate mornings while they were serving breakfast on the terrace, and on the Thursday he played music very loudly and yelled that he'd 'get the council to shut this queer hotel down'. Ade told me it has been going on since they opened in April and they are worn out by it. They haven't reported it because they're worried about reviews. I think someone should know.""",
    spans=[
        ("STALK_CONTACT", "shouted 'f***ing poofs' over the fence at them"),
        ("REPETITION", "on at least three separate mornings"),
        ("STALK_CONTACT", "yelled that he'd 'get the council to shut this queer hotel down'"),
        ("REPETITION", "since they opened in April"),
        ("DISTRESS", "they are worn out by it"),
    ],
)

case(
    31, "stalking_fear_alarm_distress", "CSD",
    voice="call_log", case="upper", noise="abbrev", batch="sd",
    pattern="online_stranger_films_beach_lifeguard_posts_videos_visits_hut", relationship="online", occasions=7,
    text="""\
CALLER IP 23, BEACH LIFEGUARD AT GWITHIAN. STATES UNKNOWN MALE ON TIKTOK/INSTA HAS POSTED 20+ VIDEOS OF HER ON DUTY FILMED FROM THE DUNES, CAPTIONED 'MY BEACH GIRL'. SINCE JULY HAS DM'D HER DAILY FROM MULTIPLE ACCS. LAST WK CAME TO LIFEGUARD HUT & ASKED FOR HER BY NAME, LEFT A NECKLACE IN A BOX. NO THREATS. IP HAS CHANGED MOB NO, LOCKED ALL SOCIALS, SWAPPED TO A DIFFERENT BEACH ON THE ROTA AND BOUGHT A DOORBELL CAM. VERY ANXIOUS. USERNAMES PROVIDED, SCREENSHOTS TO BE EMAILED. NO PREV LOGS.""",
    spans=[
        ("STALK_PUBLISH", "POSTED 20+ VIDEOS OF HER ON DUTY FILMED FROM THE DUNES"),
        ("FIXATION", "'MY BEACH GIRL'"),
        ("STALK_CONTACT", "HAS DM'D HER DAILY FROM MULTIPLE ACCS"),
        ("STALK_TURN_UP", "CAME TO LIFEGUARD HUT & ASKED FOR HER BY NAME"),
        ("STALK_GIFTS", "LEFT A NECKLACE IN A BOX"),
        ("SERIOUS_IMPACT", "CHANGED MOB NO"),
        ("SERIOUS_IMPACT", "SWAPPED TO A DIFFERENT BEACH ON THE ROTA"),
        ("SERIOUS_IMPACT", "BOUGHT A DOORBELL CAM"),
        ("DISTRESS", "VERY ANXIOUS"),
    ],
)

case(
    32, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="updates", case="mixed", noise="abbrev", batch="sd",
    pattern="sacked_coworker_fixates_on_filipina_fish_plant_worker_threats", relationship="colleague", occasions=8,
    text="""\
Update 12/01 DC Rowe: IP (Filipina, 31, line worker at Atlantic Seafoods plant) reports former co-worker SUSP Gary HOCKING, dismissed Nov for conduct. Before dismissal he repeatedly asked her out, she said no each time. Since Dec he waits at the bus shelter outside the plant gates at the end of her shifts (5-6 times), has sent FB msgs 'you owe me a chance' and, when she ignored them, 'you filipino whores are only good for one thing'. On 28/12 he sent 'I'll cut you if you keep ignoring me'. On 6/01 he stood at the bus shelter and said 'remember what I'll do to you'. IP says she is scared he will hurt her with a knife, he used to work the filleting line.
Update 15/01 PC Ellis: SUSP arrested, interviewed, admits msgs, says he 'just liked her'. Charged, remanded to court 16/01.""",
    spans=[
        ("STALK_LOITER", "waits at the bus shelter outside the plant gates"),
        ("REPETITION", "(5-6 times)"),
        ("FIXATION", "'you owe me a chance'"),
        ("RACIAL_HOSTILITY", "'you filipino whores are only good for one thing'"),
        ("THREAT_VIOLENCE", "'I'll cut you if you keep ignoring me'"),
        ("THREAT_VIOLENCE", "'remember what I'll do to you'"),
        ("FEAR_OF_VIOLENCE", "she is scared he will hurt her with a knife"),
    ],
)

case(
    33, "no_offence", "",
    voice="judgment", case="mixed", noise="clean", batch="sd",
    pattern="two_incidents_seven_months_apart_reconciled_between_acquittal", relationship="ex_partner", occasions=2,
    text="""\
Reasons of the bench. Mr Nolan is charged with harassing Ms Carne between 1 March and 30 September. The prosecution relies on two incidents. On 2 March, at the end of the winter season, the couple argued at the holiday chalet they shared and that evening he sent her a number of angry texts. On 27 September, after they had separated for good, he went to the beach café where she works and shouted at her across the counter. Ms Carne accepted in cross-examination that between those dates they got back together in April, went to Tenerife in June and lived together until mid-September. We are not satisfied that two events nearly seven months apart, with a reconciliation and a summer together in between, are connected so as to form a course of conduct. We find Mr Nolan not guilty. We add that his behaviour on 27 September was unpleasant and Ms Carne was plainly upset by it.""",
    spans=[
        ("STALK_CONTACT", "he sent her a number of angry texts"),
        ("STALK_TURN_UP", "went to the beach café where she works"),
        ("STALK_CONTACT", "shouted at her across the counter"),
        ("DISTRESS", "Ms Carne was plainly upset by it"),
    ],
)

case(
    34, "aggravated_harassment", "CR",
    voice="call_log", case="mixed", noise="abbrev", batch="sd",
    pattern="youths_racially_abuse_arcade_attendant_three_nights", relationship="customer", occasions=3,
    text="""\
Attendant at Playland arcade (Pakistani heritage) states same 3 lads in Fri, Sat & Sun nights calling him 'curry muncher' & 'bomber', spitting on booth glass. Not scared, wants them barred. CCTV avail.""",
    spans=[
        ("REPETITION", "Fri, Sat & Sun nights"),
        ("RACIAL_HOSTILITY", "'curry muncher'"),
        ("RACIAL_HOSTILITY", "'bomber'"),
        ("UNWANTED", "wants them barred"),
    ],
)

case(
    35, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="statement", case="mixed", noise="clean", batch="sd",
    pattern="anti_english_arson_threats_to_year_round_incomer_welsh_harbour_village", relationship="acquaintance", occasions=2,
    text="""\
I am 58 years old. I moved from Stockport to Porth Eithin in 2021 when I bought the old coastguard cottage, and I live in it all year round. I work three days a week in the Harbour Café and I go to Welsh classes on a Wednesday night. I say this because I want it understood that I have not come here to take anything from anybody.

The man I am complaining about is called Gwyn. I know him by sight from the village but I have never had a conversation with him. There has been a lot of feeling locally about second homes and holiday lets, and I understand that. My house is not a second home and he knows it.

On Saturday 12th April at about 10pm I was walking home along the harbour wall after a staff get-together. He was sitting outside the Ship with two others. As I passed he stood up and said 'English bitch, you lot have ruined this place'. Then he said 'we'll burn you out like they did in the eighties'. I kept walking and did not reply.

On Tuesday 22nd April a note came through my door saying 'SAESON ALLAN' with a drawing of a house on fire. I cannot say who put it there.

On Friday 2nd May he came into the café while I was alone behind the counter. He did not order anything. He leaned over and said quietly 'I meant it, English. One night you'll wake up and it'll be too late.' Then he walked out.

Since then I have not slept properly. I am frightened he is going to set fire to my house with me in it, or hurt me on the way home in the dark. I have had the fire service round to fit extra smoke alarms and I now get a lift home from the café owner rather than walk the harbour wall. I have been called names before and laughed it off. This is different. He has twice said he will hurt me, and it is because I am English.""",
    spans=[
        ("RACIAL_HOSTILITY", "'English bitch, you lot have ruined this place'"),
        ("THREAT_VIOLENCE", "'we'll burn you out like they did in the eighties'"),
        ("STALK_CONTACT", "He leaned over and said quietly"),
        ("RACIAL_HOSTILITY", "'I meant it, English."),
        ("THREAT_VIOLENCE", "One night you'll wake up and it'll be too late."),
        ("DISTRESS", "I have not slept properly"),
        ("FEAR_OF_VIOLENCE", "I am frightened he is going to set fire to my house with me in it"),
        ("SERIOUS_IMPACT", "fit extra smoke alarms"),
        ("SERIOUS_IMPACT", "I now get a lift home from the café owner rather than walk the harbour wall"),
    ],
)

case(
    36, "aggravated_stalking", "CSR",
    voice="crime_summary", case="mixed", noise="typos", batch="sd",
    pattern="ex_partner_orders_takeaways_fake_reviews_racist_post_about_paddleboard_hire", relationship="ex_partner", occasions=18,
    text="""\
Summary. IP (mixed heritage, Jamaican father) runs a paddleboard hire hut at Sandy Cove. SUSP is her ex-partner of 2 years, she ended it in January. Between February and April: 11 pizzas/kebabs and 4 taxis ordered to IP's flat in her name, late at night (delivery firms confirm orders came from SUSP's email and phone); three negative 'reviews' posted on Google about the hire business under different names, traced to SUSP's home broadband. He also put a photo of IP in the village Facebook group with the caption 'half-caste tart, dont hire from her'. Sent IP texts - 'no one else will want you', 'youll come crawling back'. No threats. IP says she is 'more angry than anything', has not changed her routine and is still working the hut. SUSP interviewed, admits the orders, says 'it was a joke'.""",
    spans=[
        ("REPETITION", "Between February and April"),
        ("STALK_ORDERS", "11 pizzas/kebabs and 4 taxis ordered to IP's flat in her name"),
        ("STALK_PUBLISH", "three negative 'reviews' posted on Google about the hire business"),
        ("STALK_PUBLISH", "put a photo of IP in the village Facebook group"),
        ("RACIAL_HOSTILITY", "'half-caste tart, dont hire from her'"),
        ("STALK_CONTACT", "Sent IP texts"),
        ("FIXATION", "'youll come crawling back'"),
    ],
)

case(
    37, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="vps", case="mixed", noise="clean", batch="sd",
    pattern="night_porter_fixates_on_muslim_housekeeper_religious_abuse_gutting_threats", relationship="colleague", occasions=8,
    text="""\
Victim personal statement of Hodan A. I was a housekeeper at the Esplanade Hotel for three summers. I am Muslim and I wear the hijab. Kevin was the night porter. Last year he kept asking me to go out with him and I always said no, politely. When I told him I was engaged he changed. He started waiting for me in the staff corridor at the start of my shift and following me from room to room while I cleaned. He left notes in my trolley. Some said he loved me. Others said things about my faith that I will not repeat here, except that he called me a 'terrorist bride' and wrote that 'your prophet' would not save me. Twice, once in the laundry and once in the staff car park, he said he would 'gut me like a mackerel'. I believed him. I still believe him. I left the hotel in October and now work at a care home in another town, for less money. I do not go to the seafront any more. My fiancé meets me from every shift. I used to love this town.""",
    spans=[
        ("STALK_LOITER", "waiting for me in the staff corridor at the start of my shift"),
        ("STALK_FOLLOW", "following me from room to room while I cleaned"),
        ("STALK_CONTACT", "He left notes in my trolley"),
        ("FIXATION", "Some said he loved me"),
        ("RELIGIOUS_HOSTILITY", "he called me a 'terrorist bride'"),
        ("RELIGIOUS_HOSTILITY", "wrote that 'your prophet' would not save me"),
        ("REPETITION", "once in the laundry and once in the staff car park"),
        ("THREAT_VIOLENCE", "he would 'gut me like a mackerel'"),
        ("FEAR_OF_VIOLENCE", "I believed him. I still believe him."),
        ("SERIOUS_IMPACT", "I left the hotel in October"),
        ("SERIOUS_IMPACT", "I do not go to the seafront any more"),
    ],
)

case(
    38, "harassment_fear_of_violence", "CF",
    voice="mo_field", case="lower", noise="abbrev", batch="sd",
    pattern="caravan_rent_collector_threatens_farm_picker_over_deductions", relationship="landlord", occasions=2,
    text="""\
mo: ip is a lithuanian national (interpreter used, no issue about nationality raised by ip or susp) employed picking on a daffodil farm near the coast and living in a shared caravan on the farm. susp is the caravan 'manager', also lithuanian, who collects rent in cash. ip queried deductions from his wages. on 3/3 susp told ip in the caravan 'next time you ask, I break your arm'. on 9/3 susp repeated it at the farm gate in front of w1 and showed him a claw hammer in his van. ip scared susp will assault him, says susp has hurt others. glaa informed re labour conditions (separate).""",
    spans=[
        ("THREAT_VIOLENCE", "'next time you ask, I break your arm'"),
        ("REPETITION", "susp repeated it at the farm gate"),
        ("THREAT_VIOLENCE", "showed him a claw hammer in his van"),
        ("FEAR_OF_VIOLENCE", "ip scared susp will assault him"),
    ],
)

case(
    39, "stalking", "CS",
    voice="supervisor_review", case="mixed", noise="abbrev", batch="sd",
    pattern="regular_punter_fixates_on_pier_fortune_teller_waits_and_follows", relationship="customer", occasions=17,
    text="""\
Review, DS 2210, 21/08. IP runs the fortune telling booth ('Madame Rosa's') on the Victoria Pier, season only. SUSP, a regular visitor, male 40s, has had readings from her about 12 times since May, each time asking personal questions and lately telling her they are 'meant to be'. On 3 occasions he has waited at the pier turnstile at closing and walked along the front behind her as far as the bus station. He has sent a card and a bracelet to the booth. She has told him clearly she is not interested. IP tearful in statement and anxious, says she 'dreads seeing him in the queue'. Considered s.4A: no threats, no fear of violence. On the distress limb, IP has not changed her hours, route or anything else and is still working the booth; upset and anxiety alone not enough. Record as s.2A. Actions: SPO to be considered, OIC to get pier CCTV.""",
    spans=[
        ("REPETITION", "about 12 times since May"),
        ("FIXATION", "lately telling her they are 'meant to be'"),
        ("STALK_LOITER", "waited at the pier turnstile at closing"),
        ("STALK_FOLLOW", "walked along the front behind her as far as the bus station"),
        ("STALK_GIFTS", "sent a card and a bracelet to the booth"),
        ("UNWANTED", "told him clearly she is not interested"),
        ("DISTRESS", "IP tearful in statement and anxious"),
        ("DISTRESS", "'dreads seeing him in the queue'"),
    ],
)

case(
    40, "stalking_fear_alarm_distress", "CSF",
    voice="mo_field", case="mixed", noise="heavy", batch="sd",
    pattern="dating_app_match_turns_up_at_surf_hostel_repeated_threats", relationship="online", occasions=7,
    text="""\
MO - SUSP met IP on dating app in June while she was doin the season at the surf hostel, 2 dates only. IP ended it. SUSP then: turnd up at hostel recption x3 asking for her, folowed her to the beach bar 1 nite & sat at nxt table starring, made fake insta acc 2 follow her & comment on evry post. Thrts: 18/7 msg 'I'll smash ur head on the rocks u tease', 25/7 VN 'told u wat I'd do, I wasnt joking'. IP states she is 'properly scared of him', thinks he'll hurt her if he catches her alone. No change 2 routine as yet - still wrking, hostel mgr aware.""",
    spans=[
        ("STALK_TURN_UP", "turnd up at hostel recption x3 asking for her"),
        ("STALK_FOLLOW", "folowed her to the beach bar 1 nite"),
        ("STALK_WATCH", "sat at nxt table starring"),
        ("STALK_MONITOR", "made fake insta acc 2 follow her & comment on evry post"),
        ("THREAT_VIOLENCE", "'I'll smash ur head on the rocks u tease'"),
        ("THREAT_VIOLENCE", "'told u wat I'd do, I wasnt joking'"),
        ("FEAR_OF_VIOLENCE", "thinks he'll hurt her if he catches her alone"),
    ],
)

case(
    41, "harassment", "CD",
    voice="crime_summary", case="mixed", noise="clean", batch="sd",
    pattern="former_holiday_let_guest_email_and_call_barrage_over_refund_owner_signed_off", relationship="customer", occasions=30,
    text="""\
Summary. The victim owns two holiday cottages at Tregarrick Bay and lets them through her own website. The suspect, a former guest from Reading, stayed for one week in July and says the hot tub was broken; he wants a full refund of £2,100. The victim offered £200, which he refused. Since 2 August he has sent 43 emails and made 26 calls to her business and mobile numbers, some between 0200 and 0300, calling her a 'crook' and 'a liar' and saying he will 'make it his mission' to get his money back. He has not threatened violence and has not come back to Cornwall. Nothing he sends is about her personally; it is all about the refund. The victim's GP has signed her off from her other job (school admin) for two weeks with stress, and she has switched her business phone to voicemail permanently.""",
    spans=[
        ("REPETITION", "Since 2 August"),
        ("STALK_CONTACT", "sent 43 emails and made 26 calls"),
        ("STALK_CONTACT", "calling her a 'crook' and 'a liar'"),
        ("SERIOUS_IMPACT", "signed her off from her other job (school admin) for two weeks with stress"),
        ("SERIOUS_IMPACT", "switched her business phone to voicemail permanently"),
    ],
)

case(
    42, "aggravated_harassment", "CR",
    voice="result_note", case="mixed", noise="clean", batch="sd",
    pattern="neighbour_notes_through_door_of_nepali_guest_house", relationship="neighbour", occasions=5,
    text="""\
Result: adult caution, racially aggravated s.2, accepted 04/10. Suspect (68, retired, lives next door to 'Himalaya View' guest house, Promenade Road) pushed five handwritten notes through the victims' door over August and September reading 'Gurkha or not you're still foreigners', 'smelly curry house' and 'go back up your mountain'. Victims (Nepalese couple, husband ex-Gurkha) upset, especially at the Gurkha comment. Suspect admitted all five notes, said it was about cooking smells from the kitchen extractor. Victims content with caution. Environmental health referral re the extractor made separately.""",
    spans=[
        ("STALK_CONTACT", "pushed five handwritten notes through the victims' door"),
        ("REPETITION", "over August and September"),
        ("RACIAL_HOSTILITY", "'Gurkha or not you're still foreigners'"),
        ("RACIAL_HOSTILITY", "'smelly curry house'"),
        ("RACIAL_HOSTILITY", "'go back up your mountain'"),
        ("DISTRESS", "upset, especially at the Gurkha comment"),
    ],
)

case(
    43, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="notebook", case="mixed", noise="abbrev", batch="sd",
    pattern="summer_caravanner_fixates_on_black_barmaid_follows_her_racist_names", relationship="customer", occasions=8,
    text="""\
Tues 9/9 1940. Initial acc from IP Danielle O (24, barmaid at the Lobster Pot, Quay Rd). States a male (white, 50s, flat cap, Yorkshire accent, staying at Harbourside caravan park for the summer) has been coming into the pub most evenings since mid-July asking only for her to serve him. Calls her 'my little chocolate drop' and 'Aunt Jemima', laughs about it with his mates. She has told him to stop. He has twice been waiting at the bottom of Quay Rd when she finished at 2330 and walked behind her up the hill. Last Sat left a packet of Bounty bars on the bar with a note 'for you, Bounty'. No threats. IP has since swapped all her shifts to days and gets the bus the long way round rather than walk the hill. 'I'm not scared exactly but I'm not walking past him.' Landlord to provide CCTV + name off bar tab.""",
    spans=[
        ("STALK_TURN_UP", "coming into the pub"),
        ("REPETITION", "most evenings since mid-July"),
        ("FIXATION", "asking only for her to serve him"),
        ("RACIAL_HOSTILITY", "'my little chocolate drop'"),
        ("RACIAL_HOSTILITY", "'Aunt Jemima'"),
        ("UNWANTED", "She has told him to stop"),
        ("STALK_LOITER", "twice been waiting at the bottom of Quay Rd"),
        ("STALK_FOLLOW", "walked behind her up the hill"),
        ("STALK_GIFTS", "left a packet of Bounty bars on the bar"),
        ("RACIAL_HOSTILITY", "'for you, Bounty'"),
        ("SERIOUS_IMPACT", "swapped all her shifts to days"),
        ("SERIOUS_IMPACT", "gets the bus the long way round rather than walk the hill"),
    ],
)

case(
    44, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="typos", batch="sd",
    pattern="lodge_resident_racist_threats_to_holiday_park_security_guard", relationship="customer", occasions=2,
    text="""\
Update 1 - 27/06 PC 1456: IP is a security guard at Sunnydunes holiday park, Black British. SUSP is a year-round resident in lodge 12. On 21/06 when IP asked SUSPs party to turn music down at 0100 SUSP said 'get off my decking, monkey, or I'll knock you out'. On 25/06 as IP patroled past lodge 12 SUSP came out with a golf club and said 'back again sambo? I'll cave your head in'. IP says hes done door work for years but this is different and he genuinely fears SUSP will attack him on nights - 'he means it'.
Update 2 - 29/06 PC 1456: Park CCTV for 25/06 viewed, shows SUSP holding club. Park manager has served SUSP notice under lodge agreement (seperate). Arrest planned for tmrw am.""",
    spans=[
        ("RACIAL_HOSTILITY", "'get off my decking, monkey"),
        ("THREAT_VIOLENCE", "or I'll knock you out'"),
        ("THREAT_VIOLENCE", "came out with a golf club"),
        ("RACIAL_HOSTILITY", "'back again sambo?"),
        ("THREAT_VIOLENCE", "I'll cave your head in'"),
        ("FEAR_OF_VIOLENCE", "he genuinely fears SUSP will attack him on nights"),
    ],
)
