// Common given names of adults in international news, with their gender.
//
// Each list is whitespace-separated, lower-case, plain ASCII. Names are matched
// after lower-casing and accent folding (é → e, ñ → n, ł → l) and through
// transliteration keys (see transliteration.ts), so the usual spellings are
// listed one by one (mohammed muhammad mohamed, oleksandr olexandr aleksandr)
// and compound names keep their hyphen (jean-pierre, anne-marie).
//
// Two spellings that share a transliteration key are one name to the lookup:
// Kay and Kai, Yoko and Joko, Hilary and Hillary. Where such a pair would
// get opposite genders, both are unisex or the rarer one is left out (Ioan,
// Robyn, Abby, Emi, Yordan). A few unisex spellings still share a key with a
// gendered name and so take its gender: Michele, Daniele and Jasmin read as
// Michelle, Danielle and Yasmin; Toni and Michal as Tony and Michael.
//
// Left out of every list on purpose:
// - names that are also everyday English words and often open a sentence or a
//   headline: will, may, june, april, august, rose, dawn, eve, summer, hope,
//   faith, joy, mercy, patience, gift, innocent, precious, justice, don, guy,
//   grant, warren, drew, gene, miles, clay, cliff, chase, hunter, ivy, pearl,
//   olive, violet, harsh, slim, roman (Roman Catholic), german (Germán);
// - names that are mostly places, firms, groups or titles in the news: wagner,
//   mercedes, lada, duma, lama, emir, sultan, sheikh, mirza, hayat (Hayat
//   Tahrir al-Sham), akhmat, haifa, selma, efrat, padma, siri;
// - name particles and abbreviations: al, el, bin, abu, van, von, de, and jan
//   (also "Jan." for January, and the same key as Ian);
// - common surnames that are rarely first names in the news (novak, rosen,
//   tudor, murray, mitchell, stewart, anderson, jefferson);
// - Chinese, Korean and Vietnamese given names whose romanization does not show
//   the sex (wei, jun, min, yan, ying, anh), and syllables that are English
//   words (he, yi, gang, long, can).

/**
 * Given names overwhelmingly used for women: a reader would take the bearer
 * for a woman almost every time. Names given to both sexes are in
 * UNISEX_GIVEN_NAMES instead, because a wrong gender is worse than none.
 */
export const FEMALE_GIVEN_NAMES = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
christine debra rachel catherine carolyn janet ruth heather diane virginia julie joyce olivia
christina lauren joan evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann sara
madison frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn danielle
beverly isabella theresa diana natalie charlotte marie kayla lori joanne fiona gillian jill julia
lucy liz lara mila harriet penelope penny suella kemi yvette yvonne nadine caroline rosie rosemary
rosalind bridget esther priscilla tracy tracey stacey wendy vicky joanna louise lynne lynn hazel
pauline jacqui jane janine jeanette jeanne gail gwen gwyneth bronwen bronwyn sian carys ffion rhian
beth bethany becky hayley kate katie kathy cathy maxine mandy melanie natasha nina naomi paula
philippa sally sophie stella sue suzanne tania tanya tessa tina vanessa vera zoe amelia ava mia
chloe ella lily isabel isabelle alison allison alicia alexandra anne annette annie antonia audrey
bernadette bonnie candace carla carly carole carrie cassandra claire clare clara colette connie
constance debbie deirdre dianne dolores edith eileen elaine eleanor elena elise ellen erica erin eva
faye felicity georgina geraldine gina gladys greta heidi helena holly imelda ingrid irene iris
jasmine jenna jenny jocelyn jodie josephine julianne juliet justine kara karina katharine katrina
kirsten kristen kristin kristina leah leanne lesley lorna lorraine louisa lucia luisa lydia
madeleine maggie marcia margarita margot maria marianne marisa marjorie marlene maureen meredith
michaela miranda miriam molly monica monique moira nikki nora norma patti patty peggy petra phoebe
rachael rhonda rita roberta rosa ruby sabrina sheila shelley sherry sonia susanna sylvia tamara
tammy ursula valerie veronica victoria vivienne whitney wilma yolanda
siobhan niamh aoife ciara sinead orla roisin grainne aisling eimear maeve mairead colleen maura
noreen kirsty mhairi eilidh isla shona catriona fionnuala clodagh
kamala kristi kyrsten gretchen rashida ayanna pramila karine betsy meghan kellyanne letitia keisha
latoya tamika aaliyah imani jada caitlin haley hailey alyssa paige chrystia jacinda jacinta
annastacia sussan peta lidia marise michaelia larissa kylie deb katy mehreen genevieve chantal
nathalie sylvie francoise celine juliette brigitte agnes elisabeth marine segolene martine sandrine
veronique corinne helene aurelie amelie emilie elodie laetitia pascale beatrice clemence clementine
delphine fabienne gaelle ghislaine gisele lucie maud mathilde mireille myriam noemie odile rachida
roselyne sabine severine solene solange therese virginie aude cecile estelle eugenie joelle laure
magali marguerite nadege amandine anais astrid claudine elsa aurore prisca sibeth carine manon
camille lea agathe margaux marie-france marie-christine marie-claude marie-laure marie-helene
marie-pierre marie-anne marie-therese marie-louise marie-noelle marie-claire anne-marie anne-sophie
anne-laure anne-claire
ulrike birgit lena hanna katrin heike renate silke friederike annalena sahra anja anke annegret
antje beate bettina carola christiane claudia cornelia dagmar dorothea elke franziska gerda gisela
gudrun hannelore helga hildegard ilse inge ines johanna jutta karin katharina kathrin katja kerstin
klara manuela monika ricarda saskia sonja stefanie susanne svenja tanja ulla ute wiebke barbel
christa karoline luise magdalena nele tatjana verena femke anouk annemarie anneke marieke mirjam
sigrid hadja hilde liesbeth tinne
mette sanna erna ebba freja ida birgitta britt camilla cecilia elin frida gunilla hanne helle inger
ingeborg linnea liv lotta malin margareta marit pia ragnhild signe solveig sofie trine ulrika vibeke
margrethe gro hege henriette pernille annika tarja paivi riikka tiina minna elina kaisa leena kaja
kersti kristiina ingrida agne
giorgia giulia martina ginevra chiara alessandra federica elisa ilaria paola simona cristina daniela
marina marta michela patrizia raffaella rosanna rossella stefania tiziana valeria antonella carolina
caterina cinzia donatella eleonora elisabetta francesca gabriella giovanna lorena loredana
margherita mariangela mara ornella livia ludovica lucrezia mariastella benedetta debora flavia
grazia letizia milena annalisa simonetta emanuela
carmen pilar beatriz raquel silvia ximena valentina fernanda gabriela mariana adriana ana alejandra
alma amparo araceli aurora begona blanca camila catalina consuelo dulce esperanza graciela josefina
leticia lourdes macarena maribel marisol marcela micaela milagros montserrat natalia nuria paloma
rocio soledad susana arantxa ainhoa idoia itziar miren maite edurne amaia nerea xochitl delcy
xiomara francia
dilma gleisi marielle anielle tabata rosangela luiza graca tereza benedita conceicao luciana
priscila bruna andreia cristiane eliane fabiana jaqueline rafaela silvana viviane isabela filipa
joana catarina margarida liliana leonor matilde
agnieszka malgorzata katarzyna ewa beata dorota jadwiga zuzanna zuzana jana danuta elzbieta grazyna
halina irena iwona izabela jolanta justyna kamila karolina krystyna paulina sylwia urszula weronika
zofia aleksandra alicja aneta bozena emilia ewelina janina marzena alena hana hiba ivana iveta
jarmila jitka katerina lenka marketa pavla radka ludmila kristyna lubica katarina erzsebet zsuzsanna
katalin judit ildiko krisztina eszter timea aniko ilona orsolya reka szilvia zsofia zsuzsa csilla
ioana mihaela ramona roxana adina anca corina oana raluca rodica teodora viorica ecaterina lavinia
mirela ileana maia
olga tatiana tatyana svetlana irina natalya yelena ekaterina yekaterina anastasia lyudmila galina
larisa oksana yulia yuliya veronika nadezhda lyubov zoya inna polina daria darya ksenia kseniya
zinaida raisa alina yana iryna olena halyna nataliya viktoria viktoriya victoriya evgenia yevgenia
elizaveta yelizaveta lilia liliya lidiya marianna nadiya olesya oleksandra olexandra ruslana sofiya
ulyana valeriya varvara yaroslava yevheniya zhanna kira lesya lyudmyla liudmyla mariya maryna
nataliia olha svitlana tetiana tetyana valentyna kateryna ivanna alisa angelina katya masha dasha
sveta sviatlana volha katsiaryna elvira
jelena marija milica dragana snezana vesna gordana biljana jasmina ljiljana mirjana natasa olivera
sanja slavica zorana ankica branka danijela dubravka jadranka kolinda ljubica maja mira suzana
vlatka zeljka aida amra azra lejla emina merima jasna jovana nevena iva lana lucija valbona albana
blerta vjosa teuta rumyana desislava iliana kornelia kristalina denitsa gergana eleni aikaterini
vasiliki dimitra ioanna angeliki konstantina panagiota paraskevi evangelia despina eirini irini
fotini stavroula theodora melina myrto sofia
ayse fatma zeynep elif merve esra selin sibel tugba dilek hulya meral aysel canan ebru pinar serap
yasemin oya emine hatice tansu meltem nilufer ozlem eda sevda nesrin figen tulay sebahat pervin
aylin burcu derya filiz leyla zehra mehriban gulnara dinara aigul madina zarina anahit lilit narine
salome tinatin
aisha aicha ayesha asma amira amina abeer ahlam alia aliya aya bushra dalia dina doaa eman fatima
fatiha farida ghada hala hanan hend hind hoda huda ibtisam khadija latifa leila layla laila lina
lubna maha manal mariam maryam mona muna nabila nada nadia najat najla najwa nawal nisreen noura
rania rasha reem rima safa safia sahar salma samar samia samira sana suha wafa yasmin yasmina
yasmine yasmeen yusra zahra zainab zeinab zaynab zeina zineb karima malika hajar habiba jamila rahma
yara razan
fatemeh azadeh mahsa nasrin narges neda parisa roya shirin soraya nazanin niloufar golshifteh
fereshteh ladan mahnaz nahid sepideh shabnam tahereh masoumeh fawzia malalai
tzipi ayelet miri merav orly orit shira tamar yael einat galit hila keren limor liat ronit sigal
rivka anat ayala ilana nurit yehudit
priya sunita anita kavita pooja neha meera deepa shreya ananya lakshmi indira nirmala smriti sushma
priyanka supriya kalpana lata asha usha rekha geeta gita seema puja preeti anjali aishwarya deepika
divya jaya kanimozhi kajal madhuri mamata mamta manisha meena meenakshi nandini nisha pallavi poonam
radha radhika rani ranjana rashmi ritu rupa sangeeta sarita shabana shalini sharmila shilpa shobha
shweta sita sneha swati uma vandana vidya aparna archana arundhati chitra gauri hema mahua mayawati
tulsi harsimrat mehbooba hasina khaleda farzana shahnaz taslima chandrika harini
benazir hina sadia shazia faiza ghazala malala nargis nazia nida saima shagufta shaista tahira uzma
sidra shireen
megawati puan retno siti dewi rini ratna susi wulan ayu indah fitri putri lestari khofifah risma
azizah rosmah leni imee corazon marites maricel teresita evangeline yingluck paetongtarn meiling mei
xiuying chunying ing-wen
keiko aiko yuko akiko michiko naoko tomoko kyoko noriko sachiko mariko hiroko junko kazuko reiko
masako yumiko kumiko mayumi yuriko sanae toshiko atsuko fumiko yoshiko kimiko nobuko setsuko takako
yasuko ayako miyuki yumi megumi saori makiko yukiko hitomi renho midori geun-hye yo-jong kyung-wha
wanjiru wanjiku wambui njeri akinyi achieng atieno adhiambo anyango auma zawadi neema rehema halima
wangari muthoni millicent winnie sahle-work aster almaz meseret tirunesh tigist hiwot birtukan hodan
fadumo idil khadra deqa jeannette esperance
folake folasade funmilayo funmi funke adenike bisi iyabo titilayo yetunde omolara sade lola ngozi
chioma adaeze amaka chiamaka chinyere ifeoma ijeoma nkechi nneka uju chimamanda ebele hadiza hauwa
binta hafsat rakiya safiya maimuna ama akosua adwoa abena akua yaa afua efua esi aminata aissatou
awa fatou fatoumata mariama ndeye coumba leymah
nkosazana thandi thandiwe thuli nomvula naledi lindiwe palesa busisiwe nonhlanhla zanele zodwa
sibongile bathabile rudo chipo tsitsi rutendo netumbo joice
`;

/**
 * Given names overwhelmingly used for men: a reader would take the bearer for
 * a man almost every time. Names given to both sexes are in
 * UNISEX_GIVEN_NAMES instead, because a wrong gender is worse than none.
 */
export const MALE_GIVEN_NAMES = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
abraham moses levi caleb jonah micah ezra asher gregory alexander frank patrick raymond jack dennis
jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith
roger gerald christian terry sean arthur noah lawrence jesse joe bryan billy bruce albert willie
gabriel logan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
boris rishi keir emmanuel barack bill antony mike lloyd rex tony gordon nigel liam ben tom martin
glen glenn graham callum declan alan allan allen alistair alastair angus archie barry bernard
brendan brett calum cameron ciaran cian clive colin conor connor craig dale damian damien darren
dean derek desmond dominic donal duncan dylan eamon eamonn enda eoin euan ewan fergus finn francis
fraser gareth gavin geoffrey geoff gerry graeme greg hamish harry harvey howard hugh hugo iain ian
jake jared jeff jim jimmy joel jon josh julian kenny kieran kirk lachlan leo leon leonard lewis luke
malcolm marc marcus matt maurice max micheal mick neil neville niall nick noel norman oliver oscar
owen padraig phil phillip piers rhys ricky rob robbie rod rory ross rupert seamus shane shaun simon
stanley steve stuart ted terence theo toby trevor victor wesley bob chuck curtis elliot elliott
ernest fred frederick gerard jay jerome joey karl kurt lance lionel lucas marvin morris nathaniel
nelson pete rick roland ron ronnie ruben rudy seth spencer theodore todd travis troy winston zach
mitt newt marco elon kash vivek hakeem raphael cory corey jamal jermaine lamar malik andre antoine
darius dante darryl kareem ed dan ray dick jagmeet harjit navdeep sukhbir amarinder bhagwant
jacques pierre jean-pierre francois nicolas julien francois-xavier olivier laurent philippe michel
alain thierry sebastien guillaume mathieu yves jean-luc jean-marie jean-claude jean-paul jean-michel
jean-louis jean-baptiste jean-francois jean-jacques jean-marc jean-yves jean-noel jean-christophe
jean-philippe pierre-yves adrien alexandre arnaud aurelien axel baptiste benoit bertrand bruno
cedric christophe clement cyril denis didier edouard emile etienne fabien fabrice florian franck
frederic gael georges gilles henri herve jules loic luc ludovic marcel mathias matthieu maxime
pascal romain serge stephane thibault xavier yann zinedine kylian elio
hans klaus tim emil elias anton dominik friedrich-wilhelm jurgen wolfgang dieter helmut friedrich
heinrich gerhard horst uwe stefan markus matthias andreas jorg christoph lars olaf jens frank-walter
achim armin bernd bjorn carsten dirk ernst fabian felix franz georg gunter gunther heinz holger
joachim jochen johannes jonas josef lukas manfred norbert otto philipp rainer ralf reinhard
sebastian sigmar sven tobias ulrich volker werner omid cem tarek karl-theodor heinz-christian magnus
geert wopke frans wouter pieter jeroen joost koen maarten ruud willem willem-alexander bart henk
johan martijn niels stijn wim filip
anders erik nils ole fredrik gustav hakan henrik leif mikael jesper kristian morten rasmus soren
mads mikkel gunnar erling sauli antti jussi juha jukka matti mikko pekka timo ville heikki
giuseppe giovanni luigi francesco matteo alessandro lorenzo giorgio sergio silvio roberto paolo
stefano fabio massimo enrico antonio angelo alberto carlo claudio dario davide domenico edoardo
emilio enzo fabrizio federico filippo franco giacomo gianluca gianni giulio guido leonardo luca
luciano marcello mario mattia maurizio mauro pietro raffaele riccardo rocco salvatore tommaso
vincenzo vittorio
jose carlos luis miguel francisco mateo manuel javier pedro jorge alejandro fernando ricardo rafael
pablo diego andres raul ramon enrique eduardo joaquin gustavo mauricio ignacio gonzalo alfonso
alvaro adrian agustin armando arturo cesar cristian edgar emiliano ernesto esteban felipe fidel
gerardo guillermo hector hernan ivan jaime jesus julio marcelo marcos matias nestor omar rodrigo
saul tomas vicente iker jordi josep xavi nayib diosdado evo
lula jair joao luiz paulo thiago tiago guilherme ronaldo vinicius vitor geraldo tarcisio nuno rui
ferdinand benigno manny bongbong
andrzej radoslaw mateusz krzysztof tomasz piotr pawel jaroslaw lech wojciech antoni artur bartosz
bogdan dariusz grzegorz henryk jacek jakub janusz jerzy jozef kamil karol lukasz maciej marcin marek
mariusz miroslaw przemyslaw rafal ryszard slawomir stanislaw szymon tadeusz zbigniew wiktor vaclav
milos petr jiri karel ladislav miroslav vojtech jaroslav dusan frantisek rastislav eduard laszlo
istvan janos jozsef zoltan sandor ferenc gabor gyorgy attila tamas balazs mihaly andras gergely
nicolae gheorghe vasile mihai constantin dumitru florin alexandru catalin marius mircea nicusor radu
razvan calin vlad
sergei sergey sergej sergiy serhiy serhii dmitry dmitri dimitri misha dmitriy dmitrii vladimir
nikolai nikolay alexei alexey aleksei aleksey oleksiy oleksii mikhail andrei andrey andriy andrii
yuri yury yuriy yurii igor ihor oleg oleh pavel pavlo viktor anatoly anatoliy aleksandr oleksandr
olexandr gennady gennadiy hennadiy grigory konstantin kostiantyn maxim maksim maksym ruslan
stanislav vasily vasyl vyacheslav viacheslav yevgeny evgeny yevgeniy yevhen valery valeriy valerii
vadym vadim vitaly vitali vitaliy vitalii volodymyr petro taras mykola mykhailo dmytro denys bohdan
arseniy artem artyom fyodor gleb georgy ilya illia kirill kyrylo leonid lev pyotr timur vladislav
vladyslav yaroslav ramzan rustam rustem alyaksandr aliaksandr siarhei ales dzmitry raman
mikheil irakli giorgi bidzina davit nikol serzh armen levon tigran nursultan kassym-jomart shavkat
emomali serdar gurbanguly
milorad dragan goran marko luka dejan nenad bojan zeljko slobodan vojislav tomislav davor darko
stjepan franjo josip kresimir andrej andrija damir ivo jovan nikola radovan ratko zoran aleksandar
zlatan edi hashim ilir ramush janez hristijan dimitar boyko rumen kiril asen georgi hristo
georgios giorgos yiorgos konstantinos kostas dimitrios dimitris nikolaos nikos ioannis giannis
yannis yiannis panagiotis panos christos vasilis vassilis vasileios athanasios thanasis evangelos
vangelis spyros spiros stavros michalis manolis antonis apostolos alexandros kyriakos kyriacos
leonidas pavlos petros stefanos nicos demetris
recep tayyip mevlut ahmet mehmet huseyin ismail osman omer murat ramazan halil suleyman mahmut kemal
fatih emre burak selahattin devlet ekrem binali berat bulent ertugrul orhan alparslan arda baris
mert nechirvan masrour mazloum
mohammed muhammad mohamed mohammad muhammed mohamad mohamud ahmed ahmad ali umar hassan hasan
hussein husain hussain abdullah abdallah abdulla abdul abdel abdelaziz abdulaziz abdelkader
abdulrahman abdelrahman abdelmadjid abdelfattah youssef yusuf yousef youcef khalid khaled mahmoud
mahmud mustafa mostafa moustafa mustapha hamza karim tariq tareq walid waleed samir nabil faisal
feisal salman bashar hamad tamim adel adil adnan amr anwar ashraf ayman aziz bassam bilal emad imad
fadi fahd fahad faris farouk fouad fuad ghassan hadi hakim hani hisham hesham hossam ibrahim ismael
issa jamil kamal khalil maher majid mansour marwan mohsen mounir murad moussa musa nabih nader najib
nasser osama usama qasim qassem rashid rami saad saddam saeed saleh salih salem salim sami samer
sharif sherif suleiman taha talal tamer tawfiq wael yahya yasser yasir yassin yassine younes yunus
zayed zakaria ziad abbas muqtada nouri haider idris mehdi mahdi salah seif saif hemedti hosni kais
habib
reza hossein javad jalal masoud massoud mojtaba morteza rouhollah ruhollah dariush farhad farid
kamran abolfazl ebrahim esmail amrullah hibatullah sirajuddin zabihullah najibullah gulbuddin zalmay
avraham yitzhak yaakov moshe yosef shimon shlomo eli ehud benny bezalel itamar gideon gilad yoav
yair yonatan amir amos uri nir eyal erez ilan naftali avigdor meir menachem chaim haim yuval yehuda
yossi isaac avi herzi
rahul amit raj arjun vikram sanjay anil sunil rajesh suresh ramesh narendra subrahmanyam manmohan
amitabh aamir abhishek aditya ajay ajit akash akhilesh anand arun arvind ashish ashok bharat deepak
devendra dev dinesh gopal harish jairam jaishankar krishna kumar manish manoj mohan mukesh nitin
nitish pankaj piyush prakash pranab prem rajeev rajiv rajnath rakesh ram ravi rohit sachin shankar
sharad shiv shivraj siddharth siddaramaiah subhash surya tejashwi vijay yogi udhayanidhi annamalai
himanta uddhav amartya abhijit suvendu mahinda gotabaya ranil anura sajith
imran nawaz shehbaz shahbaz asif bilawal fawad asad ishaq shahid shoaib babar wasim waseem zulfikar
zulfiqar pervez parvez usman zahid arshad javed raza sadiq irfan jahangir mansoor nasir tarique
jokowi prabowo susilo bambang budi agus anies luhut mahfud ganjar ridwan airlangga sandiaga gibran
wiranto mahathir muhyiddin thaksin prayut prayuth srettha anutin abhisit jinping qiang keqiang
zhiwei jianguo jianhua guoqiang
hiroshi takeshi shinzo fumio yoshihide shigeru taro ichiro kenji koji koichi masahiro naoki shinjiro
shunichi takashi yoshihiko shohei haruki hideki junichiro katsunobu shintaro akira naruhito akihito
jong-un jong-il jae-in suk-yeol jae-myung ki-moon myung-bak moo-hyun dae-jung
uhuru raila kalonzo rigathi eliud jomo juma baraka jakaya yoweri muhoozi abiy haile hailemariam
meles tedros solomon yohannes isaias abdirahman abdullahi abdi salva riek
adebayo babatunde femi kayode olusegun wale dele nyesom godswill ifeanyi chukwuma emeka nnamdi
obinna goodluck muhammadu yakubu abubakar bashir aminu haruna sani aliyu atiku kwame kofi kojo yaw
kwesi dramani mahamudu macky ousmane bassirou idrissa abdoulaye amadou mamadou boubacar assimi
alassane souleymane oumar sadio
thabo gwede mmusi sipho emmerson hakainde mokgweetsi seretse lazarus
`;

/**
 * Given names that tell nothing about gender, kept apart so that they are
 * still known as names but never gendered: names widely given to both sexes,
 * in one country or from one country to the next (Andrea is a man in Italy and
 * a woman in Germany, Nicola a woman in Scotland), and names that are also
 * places, clubs or words that could mislead (Jordan, Georgia, Chelsea, Milan).
 */
export const UNISEX_GIVEN_NAMES = `
jordan andrea jean sasha sacha nikita alex kim chris robin taylor jamie morgan casey dana lee ashley
israel chad georgia paris florence austin dallas sydney sidney orlando alexandria chelsea brittany
salvador santiago milan
kelly alexis leslie lindsay lindsey courtney kerry shannon jackie jody jo sam pat hilary hillary
laurie sandy toni jessie devon marion kay kai yoko joko mika dima marian tunde sule
nicola simone gabriele daniele michele emanuele emmanuelle rene renee laurence dominique claude
yannick kari guadalupe rosario angel ariel eden lior tal adi shai michal marjan jasmin nermin suad
ilham ilhan ozgur umit hikmet deniz evren umut nur sabah noor farah nour iman amal alaa shadi nasim
rana ola nino nana adama yacine mame ayaan
kiran shashi suman jyoti parveen nusrat naseem shamim gurpreet harpreet jaspreet manpreet simran
pushpa rabi
bola bukola abimbola adeola ayodele damilola kehinde taiwo toyin oluwaseun temitope tolu remi
uchenna ugo kelechi seun sola yemi tendai nyasha tatenda farai kudzai tinashe tapiwa tumi mpho
kagiso lerato amani bahati
yuki haruka makoto kaoru masami
`;
