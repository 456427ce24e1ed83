-- Laos's 18 province-level divisions: ISO 3166-2:LA code and the two-digit national statistics number
-- that starts every district code (PPDD).

create table province (
    code      varchar(5)   not null,
    number    char(2)      not null,
    name_en   varchar(100) not null,
    name_lo   varchar(100) not null,
    constraint province_pkey primary key (code),
    constraint province_number_key unique (number),
    constraint province_code_format check (code ~ '^LA-[A-Z]{2}$'),
    constraint province_number_format check (number ~ '^[0-9]{2}$')
);

insert into province (code, number, name_en, name_lo) values
    ('LA-VT', '01', 'Vientiane Capital', 'ນະຄອນຫຼວງວຽງຈັນ'),
    ('LA-PH', '02', 'Phongsaly', 'ຜົ້ງສາລີ'),
    ('LA-LM', '03', 'Luang Namtha', 'ຫຼວງນ້ຳທາ'),
    ('LA-OU', '04', 'Oudomxay', 'ອຸດົມໄຊ'),
    ('LA-BK', '05', 'Bokeo', 'ບໍ່ແກ້ວ'),
    ('LA-LP', '06', 'Luang Prabang', 'ຫຼວງພະບາງ'),
    ('LA-HO', '07', 'Houaphanh', 'ຫົວພັນ'),
    ('LA-XA', '08', 'Xayaboury', 'ໄຊຍະບູລີ'),
    ('LA-XI', '09', 'Xiengkhouang', 'ຊຽງຂວາງ'),
    ('LA-VI', '10', 'Vientiane Province', 'ແຂວງວຽງຈັນ'),
    ('LA-BL', '11', 'Borikhamxay', 'ບໍລິຄຳໄຊ'),
    ('LA-KH', '12', 'Khammouane', 'ຄຳມ່ວນ'),
    ('LA-SV', '13', 'Savannakhet', 'ສະຫວັນນະເຂດ'),
    ('LA-SL', '14', 'Salavan', 'ສາລະວັນ'),
    ('LA-XE', '15', 'Sekong', 'ເຊກອງ'),
    ('LA-CH', '16', 'Champasak', 'ຈຳປາສັກ'),
    ('LA-AT', '17', 'Attapeu', 'ອັດຕະປື'),
    ('LA-XS', '18', 'Xaysomboun', 'ໄຊສົມບູນ');
