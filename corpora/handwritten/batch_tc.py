# ruff: noqa: E501
"""Hand-written narratives, writer tc: health and care settings, staff and patients."""

from corpora.handwritten import case

case(
    1, "stalking", "CS",
    voice="call_log", case="upper", noise="abbrev", batch="tc",
    pattern="patient_fixates_on_gp_receptionist_gifts_waits_in_car_park", relationship="customer", occasions=8,
    text="""\
CALLER IS PRACTICE MGR AT ELMFIELD RD SURGERY RE RECEPTIONIST (VIC) 34YRS, ASIAN FEMALE. MALE PT (SUSP) REG AT PRACTICE HAS BEEN COMING IN ALMOST DAILY SINCE 02/03 ASKING FOR VIC BY NAME, WONT SPEAK TO ANY OTHER STAFF MEMBER. HAS LEFT CHOCS AND A CARD AT FRONT DESK X2, CARD SAYS 'YOU ARE THE ONLY ONE WHO UNDERSTANDS ME'. LAST WK SEEN SAT IN HIS CAR IN STAFF CAR PARK AT 1800 WHEN VIC LEFT. VIC TOLD HIM PLAINLY ON 11/03 SHE IS NOT INTERESTED AND TO STOP, HE REPLIED 'YOU DONT MEAN THAT'. NO THREATS. VIC UPSET BUT STILL WORKING HER SHIFTS. PRACTICE CONSIDERING REMOVING SUSP FROM LIST. ADV RE OFFICER ATTENDANCE, LOG PASSED TO NHT. CALLER ALSO ASKED RE PARKING ENFORCEMENT ON ELMFIELD RD - ADV COUNCIL.""",
    spans=[
        ("STALK_TURN_UP", "HAS BEEN COMING IN"),
        ("REPETITION", "ALMOST DAILY SINCE 02/03"),
        ("FIXATION", "ASKING FOR VIC BY NAME, WONT SPEAK TO ANY OTHER STAFF MEMBER"),
        ("STALK_GIFTS", "LEFT CHOCS AND A CARD AT FRONT DESK"),
        ("REPETITION", "X2"),
        ("FIXATION", "YOU ARE THE ONLY ONE WHO UNDERSTANDS ME"),
        ("STALK_LOITER", "SAT IN HIS CAR IN STAFF CAR PARK AT 1800 WHEN VIC LEFT"),
        ("UNWANTED", "SHE IS NOT INTERESTED AND TO STOP"),
        ("FIXATION", "YOU DONT MEAN THAT"),
        ("DISTRESS", "VIC UPSET"),
    ],
)

case(
    2, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="clean", batch="tc",
    pattern="patients_son_threatens_ward_nurse_twice_over_mothers_care", relationship="customer", occasions=2,
    text="""\
Crime summary. The IP is a staff nurse on Ward 7B (elderly care) at St Aldhelm's Hospital. The suspect is the son of a patient who was on the ward last month. On 14/09 at about 1930 he became angry at the bedside because his mother had not been washed and told the IP "if anything happens to her I will come for you, I know what time you finish". Security were called and he left without further incident. On 16/09 he returned at visiting time, stood very close to the IP at the nurses' station and said quietly "remember what I said, I meant it, you'll get a kicking". The IP states she is now frightened he will attack her on her way to the car. His mother has since been discharged to a nursing home. The suspect is not known to the IP outside work. Voluntary interview to be arranged; Datix reference obtained from the ward manager.""",
    spans=[
        ("THREAT_VIOLENCE", "if anything happens to her I will come for you, I know what time you finish"),
        ("REPETITION", "On 16/09 he returned at visiting time"),
        ("THREAT_VIOLENCE", "remember what I said, I meant it, you'll get a kicking"),
        ("FEAR_OF_VIOLENCE", "she is now frightened he will attack her on her way to the car"),
    ],
)

case(
    3, "aggravated_harassment", "CR",
    voice="statement", case="mixed", noise="typos", batch="tc",
    pattern="methadone_customer_racially_abuses_pharmacist_in_shop_and_by_phone", relationship="customer", occasions=4,
    text="""\
I am the responsible pharmacist at Kestrel Pharmacy on the High Street. Since about the start of Ocotber a man I know as a regular customer, who collects methadone and other scripts from us, has been abusive towards me every time his prescription is not ready. On 3rd October he said to me across the counter "go back to your own country you p*ki, you cant even count pills". On the 10th he rang the shop twice. The first time he told my colleage to "put the brown one on" and when I took the phone he called me a curry muncher and hung up. On 17th Oct he came in again and shouted to the whole queue that I was "stealing from the English". I am not scared of him, he is a small man and the counter is between us, but I am sick of it and it is embarassing in front of patients. He has never threatened to hurt me. I would like him spoken to and I would support a prosecution.""",
    spans=[
        ("REPETITION", "every time his prescription is not ready"),
        ("RACIAL_HOSTILITY", "go back to your own country you p*ki"),
        ("STALK_CONTACT", "he rang the shop twice"),
        ("RACIAL_HOSTILITY", "put the brown one on"),
        ("RACIAL_HOSTILITY", "called me a curry muncher"),
        ("RACIAL_HOSTILITY", "stealing from the English"),
        ("DISTRESS", "I am sick of it and it is embarassing in front of patients"),
    ],
)

case(
    4, "no_offence", "R",
    voice="notebook", case="lower", noise="abbrev", batch="tc",
    pattern="drunk_patient_single_racist_slur_at_paramedic_in_street", relationship="stranger", occasions=1,
    text="""\
pocketbook. 0215 sat. att harcourt st at request of amb crew CA-412. pt, drunk male 40s, refused treatment & as paramedic (black female) walked back to vehicle he shouted "get your black hands off me you monkey" then walked off twds taxi rank. paramedic states never seen him before, one off, wants it recorded. pt ident via cctv as XXXX. public order matter raised separately, words of advice at his address 0340.""",
    spans=[
        ("RACIAL_HOSTILITY", "get your black hands off me you monkey"),
    ],
)

case(
    5, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="updates", case="mixed", noise="abbrev", batch="tc",
    pattern="ex_partner_turns_up_at_home_carers_client_visits_racist_texts_she_changes_job", relationship="ex_partner", occasions=8,
    text="""\
UPDATE 1 (PC 4471): IP is a domiciliary carer with Brightwell Care, visits approx 12 clients a day across the Orchard estate and Lower Hamble. Ex partner (SUSP) sep in Jan after 3 yr rel, no children. Since Feb SUSP has turned up outside client addresses on at least 5 occasions and waited by her car until she came out. Knows her rota - IP believes he got it from her old phone which was still logged into the care app. Care co aware and have changed her password.
UPDATE 2: IP provided screenshots. Msgs from SUSP incl "u think ur better than me now u african sl*g, go back to lagos", "no one will want u", "i know ur at mrs D's at 2". Approx 40 msgs over 3 wks, some at 3-4am.
UPDATE 3: IP has now left Brightwell and taken a job in a care home on the other side of town so he cant find her on the rounds. Also changed number. She is clear he has never threatened to hurt her, "he just wants me to know he's there".
UPDATE 4: Addr checks on SUSP - not at home x2. Mother states he is staying with a friend in Denham, no addr given.
UPDATE 5: SUSP arr 1120hrs at Denham Rd, interviewed, denies sending msgs, says IP is "making it up to get back at him". Phone seized. Charged, bailed to court with conditions not to contact IP or attend her workplace.""",
    spans=[
        ("STALK_TURN_UP", "turned up outside client addresses"),
        ("REPETITION", "on at least 5 occasions"),
        ("STALK_LOITER", "waited by her car until she came out"),
        ("STALK_MONITOR", "Knows her rota"),
        ("STALK_CONTACT", "Msgs from SUSP"),
        ("RACIAL_HOSTILITY", "u african sl*g, go back to lagos"),
        ("STALK_MONITOR", "i know ur at mrs D's at 2"),
        ("REPETITION", "Approx 40 msgs over 3 wks"),
        ("SERIOUS_IMPACT", "left Brightwell and taken a job in a care home on the other side of town"),
        ("SERIOUS_IMPACT", "changed number"),
    ],
)

case(
    6, "stalking_fear_alarm_distress", "CSD",
    voice="victim_diary", case="lower", noise="typos", batch="tc",
    pattern="discharged_physio_patient_follows_therapist_she_is_signed_off_and_stops_bus", relationship="customer", occasions=5,
    text="""\
mon 4th - he was at the bus stop outside outpatients when i finished at 5. didnt get on the bus, just stood and watched me get on.
weds 6th - saw him in the co-op on my road. hes never shopped there before, he lives out in thornbury.
thurs 7th - card on my windscreen in the staff car park "thank you for fixing my knee, i think about you every day". i only treated him for 6 sessions and discharged him in march.
fri 8th - walked past my house twice about 8pm. i didnt go out.
sun 10th - nothing. still checked the window all nite.
mon 11th - called in sick. gp signed me off for 2 weeks with stress. my sister is driving me everwhere now, i dont take the bus any more.
he hasnt said anything nasty or threatend me. he just keeps being there.""",
    spans=[
        ("STALK_LOITER", "he was at the bus stop outside outpatients when i finished at 5"),
        ("STALK_WATCH", "just stood and watched me get on"),
        ("STALK_FOLLOW", "saw him in the co-op on my road"),
        ("STALK_CONTACT", "card on my windscreen in the staff car park"),
        ("FIXATION", "i think about you every day"),
        ("STALK_TURN_UP", "walked past my house twice about 8pm"),
        ("SERIOUS_IMPACT", "gp signed me off for 2 weeks with stress"),
        ("SERIOUS_IMPACT", "i dont take the bus any more"),
        ("REPETITION", "he just keeps being there"),
    ],
)

case(
    7, "harassment", "C",
    voice="supervisor_review", case="mixed", noise="clean", batch="tc",
    pattern="residents_daughter_abusive_calls_and_emails_to_care_home_manager_over_complaint", relationship="customer", occasions=27,
    text="""\
Supervisor's review. I have read the OIC's investigation to date. The IP manages Larchwood House residential home. The suspect's father is a resident and she has been unhappy with his care since a fall in May. Between 2 and 19 June she telephoned the home 23 times, often late in the evening, asking for the IP and calling her a "useless fat cow" and "a disgrace who should be struck off". She also sent four emails to the IP's work address in similar terms. There is nothing to suggest the suspect has any interest in the IP beyond the complaint, and she has not attended the home other than on normal visits to her father. No threats have been made. The IP describes herself as worn down by it. I agree with the OIC that this is a course of conduct amounting to harassment; it was first recorded as malicious communications and should be reclassified. Suspect to be interviewed by appointment. The home has given her the CQC and ombudsman routes for the complaint itself.""",
    spans=[
        ("REPETITION", "Between 2 and 19 June"),
        ("STALK_CONTACT", "telephoned the home 23 times, often late in the evening"),
        ("STALK_CONTACT", "calling her a \"useless fat cow\" and \"a disgrace who should be struck off\""),
        ("STALK_CONTACT", "sent four emails to the IP's work address in similar terms"),
        ("DISTRESS", "worn down by it"),
    ],
)

case(
    8, "aggravated_harassment_fear_of_violence", "CFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="tc",
    pattern="inpatient_religious_abuse_and_repeated_threats_to_hijab_wearing_hca", relationship="customer", occasions=3,
    text="""\
Summary: V1 [NAME 1] is a healthcare assistant at [HOSPITAL] on the respiratory ward; she wears a hijab. S1 [NAME 2] was an inpatient there 3-12 Nov. On 4 Nov when V1 came to do his obs S1 said "I'm not being touched by a terrorist, you lot should all be blown up". On 7 Nov he called her "Muslim scum" and said he would "cut that rag off your head and strangle you with it". On 10 Nov he repeated that threat when she passed his bay and drew a finger across his throat. V1 says she was terrified. She fears he will find her once discharged. Datix completed by ward; Trust LSMS aware. S1 discharged [DATE] to [ADDRESS].""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "I'm not being touched by a terrorist, you lot should all be blown up"),
        ("RELIGIOUS_HOSTILITY", "called her \"Muslim scum\""),
        ("THREAT_VIOLENCE", "cut that rag off your head and strangle you with it"),
        ("REPETITION", "he repeated that threat"),
        ("THREAT_VIOLENCE", "drew a finger across his throat"),
        ("FEAR_OF_VIOLENCE", "V1 says she was terrified"),
        ("FEAR_OF_VIOLENCE", "She fears he will find her once discharged"),
    ],
)

case(
    9, "stalking", "CS",
    voice="dash_note", case="inconsistent", noise="abbrev", batch="tc",
    pattern="ex_boyfriend_pleading_texts_and_voicemails_to_paramedic_no_threats", relationship="ex_partner", occasions=20,
    text="""\
DASH - STANDARD risk. VIC paramedic, based Northgate amb stn. SUSP ex bf, 2 yr rel ended 3 wks ago by VIC. since then approx 15-20 texts a day, all along the lines of "please just talk to me", "i cant live without u", "ill change i promise". ALSO left 3 long voicemails crying. came to the amb stn once to hand in a letter for her - crewmate took it, VIC has not opened it. NO threats, no violence in rel, no children, no shared property. VIC blocked him, he used a NEW NUMBER. VIC "just wants it to stop", not frightened of him. Q1-27 mostly no. advised re evidence gathering & diary, crime raised.""",
    spans=[
        ("STALK_CONTACT", "approx 15-20 texts a day"),
        ("FIXATION", "i cant live without u"),
        ("STALK_CONTACT", "left 3 long voicemails crying"),
        ("STALK_TURN_UP", "came to the amb stn once to hand in a letter for her"),
        ("UNWANTED", "VIC blocked him, he used a NEW NUMBER"),
    ],
)

case(
    10, "harassment", "C",
    voice="result_note", case="lower", noise="typos", batch="tc",
    pattern="neighbour_in_parking_dispute_photographs_and_films_surgery_receptionist", relationship="neighbour", occasions=10,
    text="""\
result: harassment crime recorded, words of advice given to susp.
background: ip works on reception at the hollybank medical centre and parks on fernleigh close as the staff car park is full most days. susp lives at no 9 and has an ongoing dispute with the surgery about staff parking blocking his drive (council have looked, say it doesnt). over 6 wks susp has photographed ips car from his front window most mornings, left 4 notes under her wipers ("move it or i report you", "last warning") and on 2 occ come out and filmed her on his phone as she walked to work while shouting about the parking. he has also emailed the practice manager several times. ip finds it intimidating and embarrasing, no threats of violence. susp says hes only gathering evidence for the council.
officer view: its about the parking not about ip as a person, but it has gone well past reasonable. susp told to stop filming ip and to take complaints to the surgery / council. ip advsied re parking elsewhere, she doesnt want to.""",
    spans=[
        ("REPETITION", "over 6 wks"),
        ("STALK_WATCH", "photographed ips car from his front window most mornings"),
        ("STALK_CONTACT", "left 4 notes under her wipers"),
        ("STALK_WATCH", "filmed her on his phone as she walked to work"),
        ("DISTRESS", "ip finds it intimidating and embarrasing"),
    ],
)

case(
    11, "aggravated_stalking", "CSR",
    voice="mo_field", case="upper", noise="abbrev", batch="tc",
    pattern="former_patient_antisemitic_letters_and_clinic_visits_to_consultant", relationship="customer", occasions=14,
    text="""\
MO: SUSP, FORMER PT OF VIC (CONSULTANT DERMATOLOGIST), FIXATED ON VIC SINCE DISCHARGE. WROTE 9 LETTERS TO VIC AT HOSP & 2 TO HOME ADDR (OBTAINED VIA ELECTORAL ROLL) CLAIMING VIC "RUINED HIS SKIN" AND IS "PART OF THE JEWISH CABAL RUNNING THE NHS", ENCLOSING PHOTOS OF VIC TAKEN IN HOSP CAR PARK. ATTENDED OUTPT CLINIC X3 WITHOUT APPT ASKING TO SEE VIC ONLY. NO THREATS. VIC NOT FEARFUL, CONTINUING WORK AS NORMAL.""",
    spans=[
        ("FIXATION", "FIXATED ON VIC SINCE DISCHARGE"),
        ("STALK_CONTACT", "WROTE 9 LETTERS TO VIC AT HOSP & 2 TO HOME ADDR"),
        ("STALK_MONITOR", "OBTAINED VIA ELECTORAL ROLL"),
        ("RELIGIOUS_HOSTILITY", "PART OF THE JEWISH CABAL RUNNING THE NHS"),
        ("STALK_WATCH", "PHOTOS OF VIC TAKEN IN HOSP CAR PARK"),
        ("STALK_TURN_UP", "ATTENDED OUTPT CLINIC X3 WITHOUT APPT ASKING TO SEE VIC ONLY"),
    ],
)

case(
    12, "no_offence", "",
    voice="third_party", case="mixed", noise="redacted", batch="tc",
    pattern="two_carers_mutual_row_at_handover_one_off", relationship="colleague", occasions=1,
    text="""\
I am the deputy manager at Meadowbank Care. On Saturday night at handover, carers [A] and [B] started arguing in the staff room about who had left Mrs H unchanged. Both were shouting and swearing at each other; [A] called [B] a lazy cow and [B] told [A] she would sort her out outside. I had to stand between them. [A] rang 101 afterwards saying she was being harassed by [B]. As far as I know there has been no problem between them before or since, and they worked a shift together on Tuesday without any trouble at all. Both have been spoken to under our conduct policy.""",
    spans=[],
)

case(
    13, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="heavy", batch="tc",
    pattern="three_threatening_voicemails_minutes_apart_to_gp_receptionist", relationship="customer", occasions=3,
    text="""\
RING BK TO IP 1540. IP RECEPTIONIST AT CANALSIDE SURG. THIS AM 0812, 0815 AND 0819 SUSP (PT, KNOWN, UPSET COULDNT GET APPT FOR HIS SON) LEFT 3 VMAILS ON PRACTICE LINE ADRESSED TO IP BY NAME - 1ST "UR GONNA GET HURT U STUPID B***H", 2ND "ILL BE WAITING WHEN U LOCK UP", 3RD LAUGHING SAYING "SEE U AT 6". IP V SHAKEN, SCARED HE WILL ATTACK HER AT CLOSING. PRAC MGR HAS KEPT RECORDINGS. UNIT TO ATT B4 1800 CLOSING. SUSP ADDR ON SYS, PNC NIL.""",
    spans=[
        ("REPETITION", "0812, 0815 AND 0819"),
        ("STALK_CONTACT", "LEFT 3 VMAILS ON PRACTICE LINE ADRESSED TO IP BY NAME"),
        ("THREAT_VIOLENCE", "UR GONNA GET HURT U STUPID B***H"),
        ("THREAT_VIOLENCE", "ILL BE WAITING WHEN U LOCK UP"),
        ("THREAT_VIOLENCE", "SEE U AT 6"),
        ("FEAR_OF_VIOLENCE", "SCARED HE WILL ATTACK HER AT CLOSING"),
    ],
)

case(
    14, "stalking_fear_alarm_distress", "CSF",
    voice="vps", case="mixed", noise="clean", batch="tc",
    pattern="ex_partner_follows_hospital_porter_round_site_and_threatens_twice", relationship="ex_partner", occasions=6,
    text="""\
Victim personal statement. I work as a porter at the Royal Infirmary. [Suspect] and I were together for four years and I ended it in August. Since then he has come to the hospital again and again. He waits in the main corridor by the League of Friends shop, and when I push patients down to X-ray he walks behind me. Twice he has followed me to the bus station after a late shift. In September he said to me "if I can't have you, no one will, I'll put you in one of your own beds". Three weeks later he sent me a message saying "I wasn't joking. Watch yourself". I am genuinely frightened that he is going to seriously hurt me. I check every corridor before I go round a corner. I can't concentrate at work and I jump every time the lift doors open. I just want to be left alone to do my job.""",
    spans=[
        ("STALK_TURN_UP", "he has come to the hospital again and again"),
        ("STALK_LOITER", "He waits in the main corridor"),
        ("STALK_FOLLOW", "he walks behind me"),
        ("REPETITION", "Twice"),
        ("STALK_FOLLOW", "followed me to the bus station after a late shift"),
        ("FIXATION", "if I can't have you, no one will"),
        ("THREAT_VIOLENCE", "I'll put you in one of your own beds"),
        ("REPETITION", "Three weeks later"),
        ("THREAT_VIOLENCE", "I wasn't joking. Watch yourself"),
        ("FEAR_OF_VIOLENCE", "I am genuinely frightened that he is going to seriously hurt me"),
        ("DISTRESS", "I can't concentrate at work"),
    ],
)

case(
    15, "harassment", "C",
    voice="updates", case="mixed", noise="typos", batch="tc",
    pattern="frequent_attender_homophobic_abuse_of_a_and_e_charge_nurse_one_threat", relationship="customer", occasions=6,
    text="""\
Update 03/02 - spoke to IP (charge nurse, ED, Westbrook General). Suspect is a frequent attender, usualy intoxicated. IP says over Dec and Jan the suspect attended 6 times and on each visit singled him out for homophobic abuse - "batty boy", "dont let that f****t touch me", blowing kisses at him and telling other patients the IP "fancies" him. On 22/01 he also said "ill knock your teeth out when your shift ends". IP says that was the only time he threatened anything and he was worried about it for a day or two, then put it down to the drink. IP is openly gay and says he is used to the odd comment but this is targetted at him every time. Hate crime flag (sexual orientation) added.
Update 05/02 - suspect interviewed, admits the names, says it was "banter" and he has "nothing against gays". File to CPS.""",
    spans=[
        ("REPETITION", "attended 6 times"),
        ("UNWANTED", "singled him out for homophobic abuse"),
        ("UNWANTED", "blowing kisses at him"),
        ("THREAT_VIOLENCE", "ill knock your teeth out when your shift ends"),
        ("DISTRESS", "he was worried about it for a day or two"),
        ("REPETITION", "targetted at him every time"),
    ],
)

case(
    16, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="crime_summary", case="mixed", noise="redacted", batch="tc",
    pattern="former_pharmacy_technician_stalks_rejecting_colleague_racist_messages_arson_threat", relationship="colleague", occasions=9,
    text="""\
Recorded as: stalking involving fear of violence, racially aggravated. [VICTIM] is a pharmacist at [HOSPITAL]. [SUSPECT] was a pharmacy technician on the same team until his fixed-term contract ended in April. He had asked [VICTIM] out several times in early 2026 and she declined each time. Since April he has set up accounts to follow her Instagram and commented on every post; he has been seen by Trust security in the staff car park on four evenings near her car; and on 18 May he followed her car to her home address. Messages to her have included "you think you're too good for me you yellow ch*nk" and "your kind don't belong here". On 25 May he messaged "I know where you live now, I'll burn your house with you in it", and on 2 June "your days are numbered". [VICTIM] states she is in fear that he will carry out these threats. Trust security have issued him a letter banning him from the site. Arrest plan in place.""",
    spans=[
        ("FIXATION", "asked [VICTIM] out several times in early 2026"),
        ("UNWANTED", "she declined each time"),
        ("STALK_MONITOR", "set up accounts to follow her Instagram and commented on every post"),
        ("STALK_LOITER", "seen by Trust security in the staff car park on four evenings near her car"),
        ("STALK_FOLLOW", "followed her car to her home address"),
        ("RACIAL_HOSTILITY", "you yellow ch*nk"),
        ("RACIAL_HOSTILITY", "your kind don't belong here"),
        ("THREAT_VIOLENCE", "I know where you live now, I'll burn your house with you in it"),
        ("THREAT_VIOLENCE", "your days are numbered"),
        ("FEAR_OF_VIOLENCE", "she is in fear that he will carry out these threats"),
    ],
)

case(
    17, "no_offence", "",
    voice="result_note", case="mixed", noise="abbrev", batch="tc",
    pattern="trust_overseas_visitor_team_chasing_invoice_reported_as_harassment", relationship="business", occasions=6,
    text="""\
Result: NFA - no crime. Caller reported being "harassed by the hospital". Enqs show contact is from the Trust's Overseas Visitors team chasing an invoice for treatment in 2025: 3 letters, 2 phone calls, then 1 letter from a debt collection agency acting for the Trust, all polite & in office hours. Caller upset, says it is stressing her out. Lawful recovery of a debt. Adv re PALS and contacting the Trust to agree a payment plan or dispute liability.""",
    spans=[
        ("DISTRESS", "Caller upset, says it is stressing her out"),
    ],
)

case(
    18, "stalking", "CS",
    voice="third_party", case="mixed", noise="clean", batch="tc",
    pattern="staff_nurse_fixates_on_former_patient_reads_her_record_turns_up_at_gym", relationship="business", occasions=13,
    text="""\
Referral from the Trust's safeguarding lead (adults). A concern has been raised by a patient, Ms P, 29, who was treated on our surgical assessment unit in January. A male staff nurse on the unit, Mr Q, has since sent her a friend request and four Facebook messages ("I can't stop thinking about you since you were on my ward"); looked at her electronic patient record on 7 separate dates after her discharge when he had no clinical reason to (audit log attached); and twice turned up at the gym where she works, once with flowers. Ms P blocked him after the first message and told him to leave her alone. She says she is "freaked out" but is carrying on as normal. Mr Q has been suspended pending our investigation and has been referred to the NMC. We are asking police to consider whether any offences are disclosed.""",
    spans=[
        ("STALK_CONTACT", "sent her a friend request and four Facebook messages"),
        ("FIXATION", "I can't stop thinking about you since you were on my ward"),
        ("STALK_MONITOR", "looked at her electronic patient record on 7 separate dates after her discharge"),
        ("STALK_TURN_UP", "twice turned up at the gym where she works"),
        ("STALK_GIFTS", "once with flowers"),
        ("UNWANTED", "told him to leave her alone"),
        ("DISTRESS", "freaked out"),
    ],
)

case(
    19, "aggravated_harassment_fear_of_violence", "CFDR",
    voice="notebook", case="lower", noise="heavy", batch="tc",
    pattern="clients_son_abuses_polish_home_carer_and_threatens_her_twice", relationship="customer", occasions=5,
    text="""\
pc 2210 nb. 1905 att 14 crane rd re carer [V] (polish natl) stating clients son [S] threatning her. [V] visits his mum 4x daily. says since mid-july [S] been present at most visits, calls her "polish scum", "go back to your own shithole country", "you lot steal our jobs". on 28/7 he stood in the doorway and said "next time i see you ill break your legs". tonight 1830 he followd her to her car shouting "i told you, ur dead". [V] crying, v frightened says she thinks he will hurt her. she has refused to go back to that address - agency arranging another carer for the mum. [S] gone on arrival. pnc - prev for common aslt 2019.""",
    spans=[
        ("REPETITION", "since mid-july"),
        ("RACIAL_HOSTILITY", "polish scum"),
        ("RACIAL_HOSTILITY", "go back to your own shithole country"),
        ("RACIAL_HOSTILITY", "you lot steal our jobs"),
        ("THREAT_VIOLENCE", "next time i see you ill break your legs"),
        ("THREAT_VIOLENCE", "i told you, ur dead"),
        ("FEAR_OF_VIOLENCE", "v frightened says she thinks he will hurt her"),
        ("SERIOUS_IMPACT", "she has refused to go back to that address"),
    ],
)

case(
    20, "stalking_fear_alarm_distress", "CSD",
    voice="updates", case="mixed", noise="abbrev", batch="tc",
    pattern="ex_husband_breaches_restraining_order_at_nursing_home_she_moves_to_nights", relationship="ex_partner", occasions=5,
    text="""\
Upd 1 - IP (care asst, Willowdene Nursing Home) has RO vs ex-husband [SUSP] made at Mags 03/2026, not to contact her or attend her workplace. Home mgr rang 999 1410 as SUSP in reception asking for IP. Left before police arrival.
Upd 2 - CCTV from home shows SUSP in reception 1402 and also sat in car opposite the home on 3 previous dates in last fortnight (5th, 9th, 12th). IP says he also rang the home pretending to be her brother to get her shift times.
Upd 3 - IP states she has moved onto nights to avoid him and her mum now has the kids overnight. She does not think he would hurt her - "he just won't let go".
Upd 4 - SUSP arr for breach of RO + stalking. Remanded for court.""",
    spans=[
        ("STALK_TURN_UP", "SUSP in reception asking for IP"),
        ("STALK_LOITER", "sat in car opposite the home"),
        ("REPETITION", "5th, 9th, 12th"),
        ("STALK_MONITOR", "rang the home pretending to be her brother to get her shift times"),
        ("SERIOUS_IMPACT", "she has moved onto nights to avoid him"),
        ("SERIOUS_IMPACT", "her mum now has the kids overnight"),
        ("FIXATION", "he just won't let go"),
    ],
)

case(
    21, "aggravated_stalking", "CSR",
    voice="statement", case="mixed", noise="typos", batch="tc",
    pattern="patient_publishes_and_stares_at_sikh_receptionist_with_religious_abuse", relationship="customer", occasions=12,
    text="""\
I am a receptionist at Parkview Surgery in Dunmore. I am a Sikh and I wear a turban. Since I told a patient, who I will call Mr R, in February that there were no emergency appointments left he has been fixed on me. He has posted about me on the Dunmore Community Noticeboard facebook page at least 6 times with a photo of me, which he took through the surgery window, calling me "the towelhead on the desk" and saying people like me are "taking over". He has come into the surgery when he has no appointment and sat in the waiting room staring at me for up to an hour, four or five times now. Once he was standing outside the gurdwara on a Sunday when I came out with my family, which is nowhere near where he lives. He has not threatened me and I am not afraid of him but I feel humilated that half the village has seen those posts and people have asked me about them at the school gate.""",
    spans=[
        ("FIXATION", "he has been fixed on me"),
        ("STALK_PUBLISH", "posted about me on the Dunmore Community Noticeboard facebook page"),
        ("REPETITION", "at least 6 times"),
        ("STALK_WATCH", "took through the surgery window"),
        ("RELIGIOUS_HOSTILITY", "the towelhead on the desk"),
        ("RELIGIOUS_HOSTILITY", "people like me are \"taking over\""),
        ("STALK_WATCH", "sat in the waiting room staring at me for up to an hour"),
        ("REPETITION", "four or five times now"),
        ("STALK_TURN_UP", "standing outside the gurdwara on a Sunday"),
        ("DISTRESS", "I feel humilated"),
    ],
)

case(
    22, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="lower", noise="abbrev", batch="tc",
    pattern="banned_patient_threatens_nhs_security_officer_twice", relationship="customer", occasions=7,
    text="""\
summary - ip is lead nhs security officer at bramley royal. susp is a pt banned from site after breaching an acceptable behaviour agreement (red card 01/05). since ban susp has rung the security office 5 times asking for ip by name, and on 12/05 told him "i'll stab you in the car park, you won't see it coming". on 19/05 susp approached ip at the bus stop outside main entrance and said "stabbing you is top of my list". ip, ex-forces, states this one has actually got to him and he is worried he will be knifed walking to his car. no relationship outside work. susp nfa'd for a s.4 in march (evidential). cctv of bus stop requested.""",
    spans=[
        ("STALK_CONTACT", "rung the security office 5 times asking for ip by name"),
        ("THREAT_VIOLENCE", "i'll stab you in the car park, you won't see it coming"),
        ("THREAT_VIOLENCE", "stabbing you is top of my list"),
        ("FEAR_OF_VIOLENCE", "he is worried he will be knifed walking to his car"),
    ],
)

case(
    23, "harassment", "C",
    voice="notebook", case="mixed", noise="heavy", batch="tc",
    pattern="customer_threatens_pharmacist_twice_in_a_week_pharmacist_not_afraid", relationship="customer", occasions=3,
    text="""\
Nb entry 1120. Spoke w/ IP (pharmacist, Bridge St Chemist) re customer [S]. [S] has att shop 3 times this wk (Mon, Weds, Fri) demanding his script early, each time swearing at IP in front of the queue. Weds said "ill smash your glasses into ur face" and Fri "ur gettin battered one of these days". IP v matter of fact, says hes "not bothered", not scared of [S] in the slightest, "seen it all before", just wants it logged and [S] told to behave as its upsetting his young staff. IP does not want [S] moved to another pharmacy. Crim dmg to door handle Fri - seperate occ.""",
    spans=[
        ("REPETITION", "3 times this wk (Mon, Weds, Fri)"),
        ("UNWANTED", "swearing at IP in front of the queue"),
        ("THREAT_VIOLENCE", "ill smash your glasses into ur face"),
        ("THREAT_VIOLENCE", "ur gettin battered one of these days"),
    ],
)

case(
    24, "aggravated_harassment", "CR",
    voice="judgment", case="mixed", noise="clean", batch="tc",
    pattern="hoax_999_caller_racially_abuses_ambulance_call_handler_repeatedly", relationship="stranger", occasions=11,
    text="""\
Sentencing remarks (extract). Mr Dorran, you are 58. Over roughly ten weeks last spring you kept ringing the ambulance service's emergency number, and not once was there anything wrong with you or anybody else. Eleven of those calls were picked up by one call handler, Mrs A, whose family come from Ghana, and on every one of those eleven you abused her. You called her a "jungle bunny", told her to "go back to Africa where you can answer calls about lions", and did a mocking impression of how she speaks. Mrs A told the officer plainly that she was never scared of you. What she felt was humiliation, and her statement describes walking away from her console more than once to collect herself while colleagues covered. Your guilty plea came at the earliest stage and I reduce the sentence by a third to reflect it.""",
    spans=[
        ("REPETITION", "Over roughly ten weeks last spring"),
        ("STALK_CONTACT", "you kept ringing the ambulance service's emergency number"),
        ("REPETITION", "Eleven of those calls"),
        ("RACIAL_HOSTILITY", "called her a \"jungle bunny\""),
        ("RACIAL_HOSTILITY", "go back to Africa where you can answer calls about lions"),
        ("RACIAL_HOSTILITY", "did a mocking impression of how she speaks"),
        ("DISTRESS", "What she felt was humiliation"),
    ],
)

case(
    25, "aggravated_stalking_fear_alarm_distress", "CSFDR",
    voice="statement", case="mixed", noise="clean", batch="tc",
    pattern="refused_opioids_patient_writes_islamophobic_letters_watches_gps_home_and_threatens", relationship="customer", occasions=9,
    text="""\
I am a GP partner at the Ashgrove Practice. I first saw the man I now know as [X] in October for back pain. I declined to prescribe him the opioids he wanted. After that he started writing to me at the practice, almost weekly. The letters say I am "a jihadi who wants Christians to suffer" and "your Allah won't save you". In November he put a printout of my house on Google Street View through the surgery letterbox with my front door circled. My husband has twice seen him sitting in a car at the end of our road in the evening. In December one letter said "I will make you feel the pain I feel, slowly". In January he walked up to my car window in the surgery car park and said "you'll get what's coming, I promise". I am now afraid he will attack me either at home or at work. I have stopped doing the Thursday late surgery and I no longer park in the car park; my husband drops me at the door.""",
    spans=[
        ("STALK_CONTACT", "started writing to me at the practice"),
        ("REPETITION", "almost weekly"),
        ("RELIGIOUS_HOSTILITY", "a jihadi who wants Christians to suffer"),
        ("RELIGIOUS_HOSTILITY", "your Allah won't save you"),
        ("STALK_MONITOR", "put a printout of my house on Google Street View through the surgery letterbox"),
        ("REPETITION", "twice"),
        ("STALK_WATCH", "sitting in a car at the end of our road in the evening"),
        ("THREAT_VIOLENCE", "I will make you feel the pain I feel, slowly"),
        ("THREAT_VIOLENCE", "you'll get what's coming, I promise"),
        ("FEAR_OF_VIOLENCE", "I am now afraid he will attack me either at home or at work"),
        ("SERIOUS_IMPACT", "I have stopped doing the Thursday late surgery"),
        ("SERIOUS_IMPACT", "I no longer park in the car park"),
    ],
)

case(
    26, "no_offence", "",
    voice="supervisor_review", case="mixed", noise="clean", batch="tc",
    pattern="theatre_staff_couple_incidents_seven_months_apart_with_reconciliation", relationship="ex_partner", occasions=2,
    text="""\
Supervisor review - closing. Both parties work in theatres at the County Hospital and were in a relationship. The IP reported that back in March, after a row, the suspect sent her a run of angry texts over one evening and waited outside the theatre changing rooms for her the next morning. They got back together in April and lived together until September. On 12 October, after they had split again, the suspect shouted at her once in the staff canteen. Nothing since; the IP confirms he has kept away. The March episode was put behind them when they reconciled, and I cannot link it to October. October on its own is one incident. IP agrees with the outcome. Closed NFA, DA markers applied, safety advice and IDVA details given.""",
    spans=[
        ("STALK_CONTACT", "sent her a run of angry texts over one evening"),
        ("STALK_LOITER", "waited outside the theatre changing rooms for her"),
        ("UNWANTED", "shouted at her once in the staff canteen"),
    ],
)

case(
    27, "stalking", "CS",
    voice="updates", case="lower", noise="typos", batch="tc",
    pattern="discharged_patient_uses_mother_and_friend_to_reach_district_nurse", relationship="customer", occasions=6,
    text="""\
update 1. ip is a district nurse covering the saltmarsh area. susp was on her caseload for leg ulcer dressings until june when he was discharged. he has since sent her 3 letters via the practice saying they have "a special connection" and he needs to see her.
update 2. ip reports susps mother has rung the district nursing office twice asking which days ip works the saltmarsh round "so my son can say thank you properly". on 14/08 a man ip didnt recognise put an envelope thru her home letterbox - it was another letter from susp. ip has no idea how he got her adress.
update 3. susp spoken to at home, admits asking a mate to drop the letter, says he only wants "one coffee" with her. ip has told him via the practice she wants no contact of any kind. she isnt frightened but finds it "creepy". susp warned re stalking, crime recorded.""",
    spans=[
        ("STALK_CONTACT", "sent her 3 letters via the practice"),
        ("FIXATION", "a special connection"),
        ("STALK_MONITOR", "rung the district nursing office twice asking which days ip works the saltmarsh round"),
        ("STALK_CONTACT", "put an envelope thru her home letterbox"),
        ("FIXATION", "he only wants \"one coffee\" with her"),
        ("UNWANTED", "she wants no contact of any kind"),
        ("DISTRESS", "creepy"),
    ],
)

case(
    28, "harassment_fear_of_violence", "CF",
    voice="crime_summary", case="mixed", noise="redacted", batch="tc",
    pattern="bereaved_son_emails_then_phones_threats_to_icu_consultant", relationship="customer", occasions=2,
    text="""\
Summary of allegation: The IP, Dr [REDACTED], is an intensive care consultant. The suspect's father died on the unit on [DATE] and the suspect blames the IP. On [DATE] he emailed the IP's NHS address: "You killed him. I'll make sure you end up in a box too." Eleven days later he rang ICU reception, asked to be put through to the IP, and said "I meant what I wrote. Watch your back when you leave." The IP has three young children; she says she is frightened to leave the building alone and fears he will physically attack her. The suspect has been offered the Trust's bereavement support and has no previous convictions. Enquiries: email headers secured; switchboard call recording requested.""",
    spans=[
        ("STALK_CONTACT", "emailed the IP's NHS address"),
        ("THREAT_VIOLENCE", "I'll make sure you end up in a box too"),
        ("REPETITION", "Eleven days later"),
        ("THREAT_VIOLENCE", "I meant what I wrote. Watch your back when you leave."),
        ("FEAR_OF_VIOLENCE", "she is frightened to leave the building alone and fears he will physically attack her"),
    ],
)

case(
    29, "stalking_fear_alarm_distress", "CSFD",
    voice="third_party", case="lower", noise="typos", batch="tc",
    pattern="hca_threatens_and_watches_nurse_who_reported_him_goes_through_locker", relationship="colleague", occasions=5,
    text="""\
statement of w1 (ward sister) re staff nurse [B]. i have known B 6 yrs. on the 3rd she told me HCA [D] had cornered her in the sluice and said "grass on me to the manager again and ill slit you". she came to me again on the 9th crying, saying D had said exactly the same to her in the car park, word for word. another HCA saw D go through B's locker on the 8th and take out a photo of her kids. D has also been coming onto the ward on his days off and hanging about by the nurses station watching B - i have seen that myself at least twice. B told me she is scared stiff D will hurt her. at her request she has been moved to the community team so she is not on the same site as him. i reported it to HR and trust security.""",
    spans=[
        ("THREAT_VIOLENCE", "grass on me to the manager again and ill slit you"),
        ("DISTRESS", "crying"),
        ("REPETITION", "D had said exactly the same to her in the car park, word for word"),
        ("STALK_PROPERTY", "go through B's locker on the 8th and take out a photo of her kids"),
        ("STALK_LOITER", "coming onto the ward on his days off and hanging about by the nurses station watching B"),
        ("REPETITION", "at least twice"),
        ("FEAR_OF_VIOLENCE", "she is scared stiff D will hurt her"),
        ("SERIOUS_IMPACT", "she has been moved to the community team"),
    ],
)

case(
    30, "harassment_fear_of_violence", "CF",
    voice="call_log", case="upper", noise="typos", batch="tc",
    pattern="elderly_client_threatens_home_carer_with_walking_stick_on_three_visits", relationship="customer", occasions=3,
    text="""\
CALLER HOME CARER AT 77YR OLD MALE CLIENTS ADDR. CLIENT HAS THREATENED TO "BASH HER HEAD IN WITH HIS STICK" ON 3 VISITS THIS WEEK, TODAY HE SWUNG IT AT HER AND MISSED. CALLER FRIGHTENED TO GO BACK IN, WAITING IN HER CAR OUTSIDE. CLIENT HAS CAPACITY PER SOCIAL WORKER. NO INJURYS.""",
    spans=[
        ("THREAT_VIOLENCE", "THREATENED TO \"BASH HER HEAD IN WITH HIS STICK\""),
        ("REPETITION", "ON 3 VISITS THIS WEEK"),
        ("ESCALATION", "TODAY HE SWUNG IT AT HER AND MISSED"),
        ("FEAR_OF_VIOLENCE", "CALLER FRIGHTENED TO GO BACK IN"),
    ],
)

case(
    31, "aggravated_stalking", "CSR",
    voice="third_party", case="mixed", noise="abbrev", batch="tc",
    pattern="patient_transport_driver_fixates_on_dialysis_patient_xenophobic_texts", relationship="business", occasions=12,
    text="""\
Email to police from Ops Manager, Patient Transport Services. Re our driver [DRIVER] and dialysis pt Mrs K. Mrs K is taken to the renal unit 3x wkly. She complained via PALS that since about Aug the driver on her route has repeatedly asked her out on journeys, and after she said no and that she is married he started texting her mobile (number taken from our booking system) and has driven past her house on non-dialysis days, beeping. Texts she has shown us incl "you polish girls are all the same, easy for anyone but me" and "eastern european slag". Audit shows he opened her booking record 30+ times incl days he wasnt rostered. Mrs K says she isnt scared of him and has not asked for anything to change; we have taken him off her route anyway and suspended him pending investigation.""",
    spans=[
        ("FIXATION", "repeatedly asked her out on journeys"),
        ("UNWANTED", "she said no and that she is married"),
        ("STALK_CONTACT", "started texting her mobile"),
        ("STALK_MONITOR", "number taken from our booking system"),
        ("STALK_TURN_UP", "driven past her house on non-dialysis days, beeping"),
        ("RACIAL_HOSTILITY", "you polish girls are all the same"),
        ("RACIAL_HOSTILITY", "eastern european slag"),
        ("STALK_MONITOR", "opened her booking record 30+ times incl days he wasnt rostered"),
    ],
)

case(
    32, "aggravated_harassment", "CR",
    voice="third_party", case="mixed", noise="redacted", batch="tc",
    pattern="support_worker_anti_traveller_abuse_of_supported_living_resident", relationship="business", occasions=4,
    text="""\
Safeguarding concern raised by [NAME 3], Safeguarding Lead, [CARE PROVIDER]. Alleged perpetrator: support worker [NAME 1]. Adult at risk: [NAME 2], 52, tenant at [SUPPORTED LIVING ADDRESS], from an Irish Traveller family. Two other staff members have reported that on at least four shifts in September [NAME 1] called [NAME 2] a "dirty pikey" and "tinker scum", asked him whether he had "nicked" his own TV, and told him his sort should be kept in a caravan in the back yard. [NAME 2] has told his key worker he does not want [NAME 1] in his flat and cried when talking about it. [NAME 1] suspended. Section 42 enquiry opened; police asked to investigate.""",
    spans=[
        ("REPETITION", "on at least four shifts in September"),
        ("RACIAL_HOSTILITY", "a \"dirty pikey\" and \"tinker scum\""),
        ("RACIAL_HOSTILITY", "asked him whether he had \"nicked\" his own TV"),
        ("RACIAL_HOSTILITY", "told him his sort should be kept in a caravan in the back yard"),
        ("UNWANTED", "he does not want [NAME 1] in his flat"),
        ("DISTRESS", "cried when talking about it"),
    ],
)

case(
    33, "stalking", "CS",
    voice="crime_summary", case="lower", noise="typos", batch="tc",
    pattern="dismissed_personal_assistant_watches_and_posts_disablist_abuse_about_employer", relationship="business", occasions=9,
    text="""\
crime summary. ip is a 41 yr old wheelchair user who recieves direct payments and employed the susp as his personal assistant until march, when ip dismissed her after money went missing from his flat. since then susp has on numerous occasions parked outside ips flat and sat watching for up to an hour (neighbours confirm 6+ times); set up a facebook page "the truth about [ip]" posting that he is "a cripple faking it for benefits" and naming his day centre; and turned up at the day centre twice asking staff what time he leaves. ip says susp "cant let it go" and is obsessed with him. ip is angry rather than scared and has not changed anything he does. disability hate crime qualifier added. the money issue was dealt with by the council direct payments team in april and is closed.""",
    spans=[
        ("STALK_LOITER", "parked outside ips flat and sat watching for up to an hour"),
        ("REPETITION", "6+ times"),
        ("STALK_PUBLISH", "set up a facebook page \"the truth about [ip]\" posting that he is \"a cripple faking it for benefits\""),
        ("STALK_PUBLISH", "naming his day centre"),
        ("STALK_TURN_UP", "turned up at the day centre twice asking staff what time he leaves"),
        ("FIXATION", "is obsessed with him"),
    ],
)

case(
    34, "stalking_fear_alarm_distress", "CSD",
    voice="statement", case="inconsistent", noise="typos", batch="tc",
    pattern="ed_patient_vexatious_complaints_fake_orders_and_messages_doctor_moves_out", relationship="customer", occasions=14,
    text="""\
STATEMENT OF DR [V]. I am a registrar in emergency medicine. In june 2026 i treated a man, [S], for a minor hand injury. He complained afterwards that i had been rude to him. Since then he has made 7 complaints about me to the GMC and the trust, ALL DISMISSED. He found my personal instagram and linkedin and sends me messages through both saying we have "unfinished business" and that he "will never stop until you admit it". Takeaways I never ordered have been delivered to my home address 4 times, and once a taxi turned up at 3am booked in my name. I have no idea how he has my address. I have deleted all my social media, I have moved in with my parents and now commute 50 minutes each way, and I have asked the deanery to move me to another hospital. He has never threatned me, its the not knowing what is next.""",
    spans=[
        ("STALK_ORDERS", "made 7 complaints about me to the GMC and the trust"),
        ("STALK_MONITOR", "found my personal instagram and linkedin"),
        ("STALK_CONTACT", "sends me messages through both"),
        ("FIXATION", "will never stop until you admit it"),
        ("STALK_ORDERS", "Takeaways I never ordered have been delivered to my home address 4 times"),
        ("STALK_ORDERS", "a taxi turned up at 3am booked in my name"),
        ("SERIOUS_IMPACT", "I have deleted all my social media"),
        ("SERIOUS_IMPACT", "I have moved in with my parents and now commute 50 minutes each way"),
        ("SERIOUS_IMPACT", "asked the deanery to move me to another hospital"),
    ],
)

case(
    35, "aggravated_stalking", "CSR",
    voice="result_note", case="mixed", noise="abbrev", batch="tc",
    pattern="youtuber_follows_ambulance_films_and_posts_racist_videos_of_paramedic", relationship="stranger", occasions=13,
    text="""\
Result: charged, stalking (s.2A PHA) racially aggravated. SUSP runs a "citizen journalist" YouTube channel. Between Jan-Apr he filmed VIC (paramedic) at 9 separate jobs, having followed her ambulance from Eastmoor stn on a moped. Videos uploaded with her face and collar no. visible, one titled "Diversity hire can't find a vein", with SUSP's own comments underneath incl "send her back to the jungle". Also filmed outside the stn at shift change x4. VIC said in interview she was not scared and carried on working as normal but was "sick of being a meme". Channel taken down by platform 22/04 at our request.""",
    spans=[
        ("STALK_WATCH", "filmed VIC (paramedic) at 9 separate jobs"),
        ("REPETITION", "Between Jan-Apr"),
        ("STALK_FOLLOW", "followed her ambulance from Eastmoor stn on a moped"),
        ("STALK_PUBLISH", "Videos uploaded with her face and collar no. visible"),
        ("RACIAL_HOSTILITY", "send her back to the jungle"),
        ("STALK_WATCH", "filmed outside the stn at shift change x4"),
        ("DISTRESS", "sick of being a meme"),
    ],
)

case(
    36, "aggravated_harassment", "CR",
    voice="vps", case="lower", noise="typos", batch="tc",
    pattern="patient_anti_irish_abuse_of_practice_nurse_at_clinics_and_emails", relationship="customer", occasions=9,
    text="""\
victim personal statement. i am a practice nurse at the riverside health centre and i am from county mayo. since i gave mr [X] his b12 injection in may and he said i had hurt him, he has made my thursday clinics a misery. he is on my list for his injections and every time he comes in he calls me "a thick paddy", asks if im going to "blow the place up" and puts on a stupid accent in front of the other patients in the waiting room. this has happend at five appointments now and he has also emailed the practice four times addressed to me saying irish nurses are "the dregs". i am not frightened of him, he is frail and uses a frame. but i dread thursdays, i cry in my car after, and my husband says im short with the children on thursday nights. i have not taken any time off. i just want it to stop.""",
    spans=[
        ("RACIAL_HOSTILITY", "calls me \"a thick paddy\""),
        ("RACIAL_HOSTILITY", "asks if im going to \"blow the place up\""),
        ("RACIAL_HOSTILITY", "puts on a stupid accent in front of the other patients"),
        ("REPETITION", "at five appointments now"),
        ("STALK_CONTACT", "emailed the practice four times addressed to me"),
        ("RACIAL_HOSTILITY", "irish nurses are \"the dregs\""),
        ("DISTRESS", "i dread thursdays, i cry in my car after"),
    ],
)

case(
    37, "aggravated_harassment_fear_of_violence", "CFR",
    voice="updates", case="mixed", noise="redacted", batch="tc",
    pattern="residents_grandson_abuses_and_threatens_filipino_nurse_in_person_and_whatsapp", relationship="customer", occasions=3,
    text="""\
Update 1 - Report from [CARE HOME] manager. V1 [NAME 1], RGN, Filipino national. S1 [NAME 2], grandson of a resident. 10/03 S1 shouted at V1 in the residents' lounge "you flip bitches are only here for the money, I'll deck you".
Update 2 - V1 now reports S1 got her number off the staff noticeboard and sent 2 WhatsApps on 14/03: "go back on your banana boat" and "remember what I said, I'll deck you, properly this time". V1 states she is scared he will assault her at work.
Update 3 - S1 banned from the home by the provider; visits to his grandmother now supervised by family. V1 still working her normal shifts. Statement obtained, screenshots exhibited as [REF].""",
    spans=[
        ("RACIAL_HOSTILITY", "you flip bitches are only here for the money"),
        ("THREAT_VIOLENCE", "I'll deck you"),
        ("STALK_CONTACT", "sent 2 WhatsApps on 14/03"),
        ("RACIAL_HOSTILITY", "go back on your banana boat"),
        ("THREAT_VIOLENCE", "remember what I said, I'll deck you, properly this time"),
        ("FEAR_OF_VIOLENCE", "she is scared he will assault her at work"),
    ],
)

case(
    38, "aggravated_harassment_fear_of_violence", "CFR",
    voice="statement", case="lower", noise="clean", batch="tc",
    pattern="patient_antisemitic_phone_abuse_then_threat_repeated_at_desk_to_receptionist", relationship="customer", occasions=3,
    text="""\
i work on reception at the brook lane practice. i am jewish and dress in a way that means people can tell. on monday 2 march a patient, mr T, rang about his repeat prescription and when i told him the doctor hadnt signed it yet he said "you jews are all the same, always holding out for something". he rang back about ten minutes later and said "i'll come down there and smash your jewish face in". on the thursday he came to the desk in person, leaned right over the screen and said "i meant it about your face". i am really frightened of him now. i keep thinking he is going to walk in and hurt me when i am on my own at the desk first thing. the practice manager has put a panic alarm under the counter.""",
    spans=[
        ("RELIGIOUS_HOSTILITY", "you jews are all the same, always holding out for something"),
        ("REPETITION", "he rang back about ten minutes later"),
        ("THREAT_VIOLENCE", "i'll come down there and smash your jewish face in"),
        ("THREAT_VIOLENCE", "i meant it about your face"),
        ("FEAR_OF_VIOLENCE", "i am really frightened of him now"),
        ("FEAR_OF_VIOLENCE", "i keep thinking he is going to walk in and hurt me"),
    ],
)

case(
    39, "aggravated_stalking", "CSR",
    voice="crime_summary", case="upper", noise="typos", batch="tc",
    pattern="porter_obsessed_with_converting_muslim_nurse_locker_notes_walks_her_to_tram", relationship="colleague", occasions=10,
    text="""\
CRIME SUMMARY. VIC IS A STAFF NURSE ON AMU AND A PRACTISING MUSLIM. SUSP IS A PORTER ON THE SAME SITE. SINCE NEW YEAR SUSP HAS BECOME OBSESSED WITH "SAVING" VIC FROM ISLAM. HE HAS LEFT A BIBLE AND LEAFLETS IN HER LOCKER ON AT LEAST 5 OCASSIONS WITH NOTES SAYING "YOUR PROPHET WAS A PAEDO" AND "ISLAM IS A DEATH CULT, COME TO JESUS". HE WAITS FOR HER AT THE END OF HER SHIFTS BY THE STAFF EXIT AND WALKS ALONGSIDE HER TO THE TRAM STOP TALKING ABOUT HER "FALSE RELIGON". HE HAS ALSO FOUND HER ON TIKTOK AND DUETS HER VIDEOS. VIC HAS TOLD HIM REPEATEDLY TO LEAVE HER ALONE. VIC SAYS SHE IS NOT FRIGHTENED OF HIM ("HE IS PATHETIC") AND HAS NOT CHANGED HER ROUTINE. ESTATES MANAGER HAS MOVED SUSP TO A DIFFERENT BLOCK. INTERVIEW BOOKED FOR 14TH.""",
    spans=[
        ("FIXATION", "BECOME OBSESSED WITH \"SAVING\" VIC FROM ISLAM"),
        ("STALK_GIFTS", "LEFT A BIBLE AND LEAFLETS IN HER LOCKER"),
        ("REPETITION", "ON AT LEAST 5 OCASSIONS"),
        ("RELIGIOUS_HOSTILITY", "YOUR PROPHET WAS A PAEDO"),
        ("RELIGIOUS_HOSTILITY", "ISLAM IS A DEATH CULT"),
        ("STALK_LOITER", "WAITS FOR HER AT THE END OF HER SHIFTS BY THE STAFF EXIT"),
        ("STALK_FOLLOW", "WALKS ALONGSIDE HER TO THE TRAM STOP"),
        ("STALK_MONITOR", "FOUND HER ON TIKTOK AND DUETS HER VIDEOS"),
        ("UNWANTED", "VIC HAS TOLD HIM REPEATEDLY TO LEAVE HER ALONE"),
    ],
)

case(
    40, "harassment", "C",
    voice="crime_summary", case="inconsistent", noise="abbrev", batch="tc",
    pattern="partner_of_mother_on_cp_plan_abusive_calls_to_midwife_threatens_her_son", relationship="customer", occasions=5,
    text="""\
CRIME SUMMARY - IP is a community midwife. SUSP is the partner of a woman on her caseload; IP made a safeguarding referral in Feb and the baby is now on a CP plan. since then SUSP has phoned IP's work mobile on 5 occasions, shouting abuse about her "grassing" to social services. on the last two calls he said "i know your lad plays football at Ridgeway Rec on Saturdays, be a shame if he got hurt". IP says she ISNT worried for herself - "he's all mouth with me" - but is very anxious about her son and has not slept properly. continues to work as normal, team leader aware. SUSP to be interviewed.""",
    spans=[
        ("STALK_CONTACT", "phoned IP's work mobile on 5 occasions, shouting abuse"),
        ("DISTRESS", "is very anxious about her son and has not slept properly"),
    ],
)

case(
    41, "aggravated_stalking_fear_alarm_distress", "CSDR",
    voice="dash_note", case="mixed", noise="abbrev", batch="tc",
    pattern="ex_partner_tracks_ambulance_dispatcher_racist_and_pleading_msgs_she_moves_out", relationship="ex_partner", occasions=12,
    text="""\
DASH / DA STALKING SCREENING - completed by PC 2290 at IP's sister's address, 1930hrs 21/11.
IP: 31yrs, emergency medical dispatcher at the ambulance control centre, Fulbrook. SUSP: ex-partner, 35, together 2 yrs, lived together at IP's flat on Carver St. IP ended rel early Sept after he "went through her phone one time too many".
Since separation:
- SUSP rings and messages constantly, approx 30 a day at peak, many during her night shifts when he knows she can't answer. Msgs swing between begging ("u r the love of my life, ill do anything") and abuse about her heritage (her dad is Jamaican) - "half caste slag", "go back to ur jungle family".
- Mid Oct IP's car went in for a service and the garage found a GPS tracker under the rear bumper. SUSP had bought one last year "for the van". IP had not reported this until today.
- SUSP has turned up at the control centre gate on 4 occasions (IP thinks he gets her shifts from the shared calendar on her old iPad), once pressing the intercom for 20 mins until security moved him on.
- 01/11 he left a bin bag of her clothes, cut up, on her doorstep.
IP has now moved out of Carver St to her sister's and has changed her number twice. She says SUSP has never threatened her and has never been physically violent - "he wants me back, or he wants me to suffer, I don't know which".
Risk: 14 yes answers. Graded MEDIUM, reviewed by DS Kerr and raised to HIGH given tracker + escalation. MARAC referral made. SPO to be considered. Car to be examined, tracker seized as exhibit PC/1. Unrelated - IP asked about parking fines at the control centre, advised to take up with the Trust.""",
    spans=[
        ("STALK_CONTACT", "SUSP rings and messages constantly"),
        ("REPETITION", "approx 30 a day at peak"),
        ("FIXATION", "u r the love of my life, ill do anything"),
        ("RACIAL_HOSTILITY", "half caste slag"),
        ("RACIAL_HOSTILITY", "go back to ur jungle family"),
        ("STALK_MONITOR", "the garage found a GPS tracker under the rear bumper"),
        ("STALK_TURN_UP", "turned up at the control centre gate on 4 occasions"),
        ("STALK_MONITOR", "he gets her shifts from the shared calendar on her old iPad"),
        ("STALK_PROPERTY", "left a bin bag of her clothes, cut up, on her doorstep"),
        ("SERIOUS_IMPACT", "moved out of Carver St to her sister's"),
        ("SERIOUS_IMPACT", "changed her number twice"),
        ("ESCALATION", "tracker + escalation"),
    ],
)

case(
    42, "aggravated_stalking_fear_alarm_distress", "CSFR",
    voice="call_log", case="lower", noise="heavy", batch="tc",
    pattern="clients_neighbour_fixates_on_romanian_carer_gifts_abuse_and_two_threats", relationship="acquaintance", occasions=10,
    text="""\
1734 caller [V], home carer, romanian, rng from her car outside 3 linden ct. states male at no 5 (susp) has been waiting for her evry day she visits her client at no 3 for approx 3 wks, tries to give her presents (perfume, chocs), asks her in for a drink, she has said no many many times. since she said no he has started calling her "romanian gypsy whore" and "dirty imigrant" thru his window. last tues he said "if u dont come in one day ill drag u in". today he stood at her car door and said "ur mine, ill cut u if u go with anyone else". caller sobbing, v scared he will hurt her, wont get out of car. client needs meds at 1800. unit req, rv outside no 3. grade 2.""",
    spans=[
        ("STALK_LOITER", "waiting for her evry day she visits her client at no 3"),
        ("REPETITION", "for approx 3 wks"),
        ("STALK_GIFTS", "tries to give her presents (perfume, chocs)"),
        ("UNWANTED", "she has said no many many times"),
        ("RACIAL_HOSTILITY", "romanian gypsy whore"),
        ("RACIAL_HOSTILITY", "dirty imigrant"),
        ("THREAT_VIOLENCE", "if u dont come in one day ill drag u in"),
        ("FIXATION", "ur mine"),
        ("THREAT_VIOLENCE", "ill cut u if u go with anyone else"),
        ("FEAR_OF_VIOLENCE", "v scared he will hurt her"),
    ],
)

case(
    43, "aggravated_harassment_fear_of_violence", "CFR",
    voice="notebook", case="lower", noise="heavy", batch="tc",
    pattern="walk_in_centre_user_racially_abuses_and_twice_threatens_receptionist", relationship="customer", occasions=2,
    text="""\
0930 tues. spoke w/ ip at walk in centre, asian male 50s, receptionist. says susp (local man, uses centre) came in fri, waited 4 hrs, called ip "p*ki c**t" & said "ill be back to do u". came back sat ~1600 and said "told u id be back, ur gonna get cut you p*ki". ip says hes scared, thinks susp will stab him, not slept since. cctv seized x2 dates. susp ident by staff as [XXXX].""",
    spans=[
        ("RACIAL_HOSTILITY", "called ip \"p*ki c**t\""),
        ("THREAT_VIOLENCE", "ill be back to do u"),
        ("REPETITION", "told u id be back"),
        ("THREAT_VIOLENCE", "ur gonna get cut you p*ki"),
        ("FEAR_OF_VIOLENCE", "hes scared, thinks susp will stab him"),
    ],
)

case(
    44, "aggravated_harassment", "CR",
    voice="mo_field", case="upper", noise="abbrev", batch="tc",
    pattern="porter_racially_taunts_nepalese_hospital_cleaner_over_weeks", relationship="colleague", occasions=6,
    text="""\
MO: SUSP (HOSP PORTER) OVER 5 WKS REPEATEDLY CALLED VIC (CLEANER, NEPALESE) "CURRY GIRL", MIMICKED HER ACCENT ON WARD & SAID HER LOT SHOULD "SCRUB TOILETS IN KATHMANDU NOT HERE". NO THREATS. VIC DISTRESSED.""",
    spans=[
        ("REPETITION", "OVER 5 WKS REPEATEDLY"),
        ("RACIAL_HOSTILITY", "CALLED VIC (CLEANER, NEPALESE) \"CURRY GIRL\""),
        ("RACIAL_HOSTILITY", "MIMICKED HER ACCENT ON WARD"),
        ("RACIAL_HOSTILITY", "SCRUB TOILETS IN KATHMANDU NOT HERE"),
        ("DISTRESS", "VIC DISTRESSED"),
    ],
)
