-- Reference data: the regions indicators are kept for (ISO 3166-2 codes with KATOTTG codes for the
-- ministry's exports). The same list as programme-service's; each service owns its copy.
create table region (
    code          varchar(10)  primary key,
    katottg       varchar(19),
    name_uk       varchar(200) not null,
    name_en       varchar(200) not null,
    kind          varchar(30)  not null,
    jurisdiction  varchar(2)   not null,
    currency      char(3)      not null
);

insert into region (code, katottg, name_uk, name_en, kind, jurisdiction, currency) values
('UA-05', 'UA05000000000010236', 'Вінницька область', 'Vinnytsia Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-07', 'UA07000000000024379', 'Волинська область', 'Volyn Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-09', 'UA44000000000018893', 'Луганська область', 'Luhansk Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-12', 'UA12000000000090473', 'Дніпропетровська область', 'Dnipropetrovsk Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-14', 'UA14000000000091971', 'Донецька область', 'Donetsk Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-18', 'UA18000000000041385', 'Житомирська область', 'Zhytomyr Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-21', 'UA21000000000011690', 'Закарпатська область', 'Zakarpattia Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-23', 'UA23000000000064947', 'Запорізька область', 'Zaporizhzhia Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-26', 'UA26000000000069363', 'Івано-Франківська область', 'Ivano-Frankivsk Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-30', 'UA80000000000093317', 'Київ', 'Kyiv', 'CITY_WITH_SPECIAL_STATUS', 'UA', 'UAH'),
('UA-32', 'UA32000000000030281', 'Київська область', 'Kyiv Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-35', 'UA35000000000016081', 'Кіровоградська область', 'Kirovohrad Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-40', 'UA85000000000065278', 'Севастополь', 'Sevastopol', 'CITY_WITH_SPECIAL_STATUS', 'UA', 'UAH'),
('UA-43', 'UA01000000000013043', 'Автономна Республіка Крим', 'Autonomous Republic of Crimea', 'AUTONOMOUS_REPUBLIC', 'UA', 'UAH'),
('UA-46', 'UA46000000000026241', 'Львівська область', 'Lviv Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-48', 'UA48000000000039575', 'Миколаївська область', 'Mykolaiv Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-51', 'UA51000000000030770', 'Одеська область', 'Odesa Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-53', 'UA53000000000028050', 'Полтавська область', 'Poltava Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-56', 'UA56000000000066151', 'Рівненська область', 'Rivne Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-59', 'UA59000000000057109', 'Сумська область', 'Sumy Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-61', 'UA61000000000060328', 'Тернопільська область', 'Ternopil Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-63', 'UA63000000000041885', 'Харківська область', 'Kharkiv Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-65', 'UA65000000000030969', 'Херсонська область', 'Kherson Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-68', 'UA68000000000099709', 'Хмельницька область', 'Khmelnytskyi Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-71', 'UA71000000000010357', 'Черкаська область', 'Cherkasy Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-74', 'UA74000000000025378', 'Чернігівська область', 'Chernihiv Oblast', 'OBLAST', 'UA', 'UAH'),
('UA-77', 'UA73000000000044923', 'Чернівецька область', 'Chernivtsi Oblast', 'OBLAST', 'UA', 'UAH'),
('RU-ORE', null, 'Оренбурзька область', 'Orenburg Oblast', 'FOREIGN_REGION', 'RU', 'RUB');
