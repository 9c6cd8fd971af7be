-- Reference data of the civil service: salary scales and coefficients, ranks and professional titles with their
-- salary groups, base salary by date, and simple reference lists. Rows carry the period they are valid for, their
-- legal source, and how sure we are of them (V read in the legal text, S secondary source, M from memory,
-- U uncertain: to be checked in the official gazette).

CREATE SCHEMA catalog;

CREATE TABLE catalog.salary_scale (
  code            VARCHAR(10) PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  interval_months INT NOT NULL CHECK (interval_months IN (24, 36)),
  source          VARCHAR(300) NOT NULL,
  confidence      CHAR(1) NOT NULL CHECK (confidence IN ('V', 'S', 'M', 'U'))
);

CREATE TABLE catalog.salary_coefficient (
  scale_code  VARCHAR(10) NOT NULL REFERENCES catalog.salary_scale (code),
  step        INT NOT NULL CHECK (step BETWEEN 1 AND 20),
  coefficient NUMERIC(4, 2) NOT NULL CHECK (coefficient > 0),
  valid_from  DATE NOT NULL,
  valid_to    DATE,
  PRIMARY KEY (scale_code, step, valid_from)
);

CREATE TABLE catalog.rank (
  code              VARCHAR(20) NOT NULL,
  name              VARCHAR(200) NOT NULL,
  kind              VARCHAR(30) NOT NULL CHECK (kind IN ('CIVIL_SERVANT_RANK', 'PUBLIC_EMPLOYEE_TITLE')),
  level             VARCHAR(20) NOT NULL
                    CHECK (level IN ('SENIOR_EXPERT', 'SENIOR', 'PRINCIPAL', 'SPECIALIST', 'OFFICER', 'STAFF')),
  salary_scale_code VARCHAR(10) NOT NULL REFERENCES catalog.salary_scale (code),
  valid_from        DATE NOT NULL,
  valid_to          DATE,
  source            VARCHAR(300) NOT NULL,
  confidence        CHAR(1) NOT NULL CHECK (confidence IN ('V', 'S', 'M', 'U')),
  PRIMARY KEY (code, valid_from)
);

CREATE TABLE catalog.base_salary (
  valid_from DATE PRIMARY KEY,
  amount_vnd BIGINT NOT NULL CHECK (amount_vnd > 0),
  source     VARCHAR(300) NOT NULL,
  confidence CHAR(1) NOT NULL CHECK (confidence IN ('V', 'S', 'M', 'U'))
);

-- Simple lists: ethnic groups, religions, education and training levels, political theory, state management, ...
CREATE TABLE catalog.reference_item (
  list       VARCHAR(40) NOT NULL,
  code       VARCHAR(40) NOT NULL,
  name_vi    VARCHAR(200) NOT NULL,
  name_en    VARCHAR(200) NOT NULL,
  sort_order INT NOT NULL,
  valid_from DATE NOT NULL DEFAULT DATE '1945-09-02',
  valid_to   DATE,
  source     VARCHAR(300) NOT NULL,
  PRIMARY KEY (list, code)
);

INSERT INTO catalog.salary_scale VALUES ('A3.1', 'Công chức loại A3, nhóm 1 (chuyên viên cao cấp và tương đương)', 36, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'S');
INSERT INTO catalog.salary_coefficient VALUES
  ('A3.1', 1, 6.20, DATE '2004-10-01', NULL),
  ('A3.1', 2, 6.56, DATE '2004-10-01', NULL),
  ('A3.1', 3, 6.92, DATE '2004-10-01', NULL),
  ('A3.1', 4, 7.28, DATE '2004-10-01', NULL),
  ('A3.1', 5, 7.64, DATE '2004-10-01', NULL),
  ('A3.1', 6, 8.00, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('A3.2', 'Công chức loại A3, nhóm 2', 36, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'S');
INSERT INTO catalog.salary_coefficient VALUES
  ('A3.2', 1, 5.75, DATE '2004-10-01', NULL),
  ('A3.2', 2, 6.11, DATE '2004-10-01', NULL),
  ('A3.2', 3, 6.47, DATE '2004-10-01', NULL),
  ('A3.2', 4, 6.83, DATE '2004-10-01', NULL),
  ('A3.2', 5, 7.19, DATE '2004-10-01', NULL),
  ('A3.2', 6, 7.55, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('A2.1', 'Công chức loại A2, nhóm 1 (chuyên viên chính và tương đương)', 36, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'M');
INSERT INTO catalog.salary_coefficient VALUES
  ('A2.1', 1, 4.40, DATE '2004-10-01', NULL),
  ('A2.1', 2, 4.74, DATE '2004-10-01', NULL),
  ('A2.1', 3, 5.08, DATE '2004-10-01', NULL),
  ('A2.1', 4, 5.42, DATE '2004-10-01', NULL),
  ('A2.1', 5, 5.76, DATE '2004-10-01', NULL),
  ('A2.1', 6, 6.10, DATE '2004-10-01', NULL),
  ('A2.1', 7, 6.44, DATE '2004-10-01', NULL),
  ('A2.1', 8, 6.78, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('A2.2', 'Công chức loại A2, nhóm 2', 36, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'S');
INSERT INTO catalog.salary_coefficient VALUES
  ('A2.2', 1, 4.00, DATE '2004-10-01', NULL),
  ('A2.2', 2, 4.34, DATE '2004-10-01', NULL),
  ('A2.2', 3, 4.68, DATE '2004-10-01', NULL),
  ('A2.2', 4, 5.02, DATE '2004-10-01', NULL),
  ('A2.2', 5, 5.36, DATE '2004-10-01', NULL),
  ('A2.2', 6, 5.70, DATE '2004-10-01', NULL),
  ('A2.2', 7, 6.04, DATE '2004-10-01', NULL),
  ('A2.2', 8, 6.38, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('A1', 'Công chức loại A1 (chuyên viên và tương đương)', 36, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'S');
INSERT INTO catalog.salary_coefficient VALUES
  ('A1', 1, 2.34, DATE '2004-10-01', NULL),
  ('A1', 2, 2.67, DATE '2004-10-01', NULL),
  ('A1', 3, 3.00, DATE '2004-10-01', NULL),
  ('A1', 4, 3.33, DATE '2004-10-01', NULL),
  ('A1', 5, 3.66, DATE '2004-10-01', NULL),
  ('A1', 6, 3.99, DATE '2004-10-01', NULL),
  ('A1', 7, 4.32, DATE '2004-10-01', NULL),
  ('A1', 8, 4.65, DATE '2004-10-01', NULL),
  ('A1', 9, 4.98, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('A0', 'Công chức loại A0 (trình độ cao đẳng)', 36, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'S');
INSERT INTO catalog.salary_coefficient VALUES
  ('A0', 1, 2.10, DATE '2004-10-01', NULL),
  ('A0', 2, 2.41, DATE '2004-10-01', NULL),
  ('A0', 3, 2.72, DATE '2004-10-01', NULL),
  ('A0', 4, 3.03, DATE '2004-10-01', NULL),
  ('A0', 5, 3.34, DATE '2004-10-01', NULL),
  ('A0', 6, 3.65, DATE '2004-10-01', NULL),
  ('A0', 7, 3.96, DATE '2004-10-01', NULL),
  ('A0', 8, 4.27, DATE '2004-10-01', NULL),
  ('A0', 9, 4.58, DATE '2004-10-01', NULL),
  ('A0', 10, 4.89, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('B', 'Công chức loại B (trình độ trung cấp)', 24, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'S');
INSERT INTO catalog.salary_coefficient VALUES
  ('B', 1, 1.86, DATE '2004-10-01', NULL),
  ('B', 2, 2.06, DATE '2004-10-01', NULL),
  ('B', 3, 2.26, DATE '2004-10-01', NULL),
  ('B', 4, 2.46, DATE '2004-10-01', NULL),
  ('B', 5, 2.66, DATE '2004-10-01', NULL),
  ('B', 6, 2.86, DATE '2004-10-01', NULL),
  ('B', 7, 3.06, DATE '2004-10-01', NULL),
  ('B', 8, 3.26, DATE '2004-10-01', NULL),
  ('B', 9, 3.46, DATE '2004-10-01', NULL),
  ('B', 10, 3.66, DATE '2004-10-01', NULL),
  ('B', 11, 3.86, DATE '2004-10-01', NULL),
  ('B', 12, 4.06, DATE '2004-10-01', NULL);
INSERT INTO catalog.salary_scale VALUES ('C1', 'Công chức loại C, nhóm 1', 24, 'Nghị định 204/2004/NĐ-CP, Bảng 2; nâng bậc: Thông tư 08/2013/TT-BNV', 'M');
INSERT INTO catalog.salary_coefficient VALUES
  ('C1', 1, 1.65, DATE '2004-10-01', NULL),
  ('C1', 2, 1.83, DATE '2004-10-01', NULL),
  ('C1', 3, 2.01, DATE '2004-10-01', NULL),
  ('C1', 4, 2.19, DATE '2004-10-01', NULL),
  ('C1', 5, 2.37, DATE '2004-10-01', NULL),
  ('C1', 6, 2.55, DATE '2004-10-01', NULL),
  ('C1', 7, 2.73, DATE '2004-10-01', NULL),
  ('C1', 8, 2.91, DATE '2004-10-01', NULL),
  ('C1', 9, 3.09, DATE '2004-10-01', NULL),
  ('C1', 10, 3.27, DATE '2004-10-01', NULL),
  ('C1', 11, 3.45, DATE '2004-10-01', NULL),
  ('C1', 12, 3.63, DATE '2004-10-01', NULL);

INSERT INTO catalog.rank VALUES
  ('01.001', 'Chuyên viên cao cấp', 'CIVIL_SERVANT_RANK', 'SENIOR', 'A3.1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'M'),
  ('01.002', 'Chuyên viên chính', 'CIVIL_SERVANT_RANK', 'PRINCIPAL', 'A2.1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'M'),
  ('01.003', 'Chuyên viên', 'CIVIL_SERVANT_RANK', 'SPECIALIST', 'A1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'M'),
  ('04.023', 'Thanh tra viên cao cấp', 'CIVIL_SERVANT_RANK', 'SENIOR', 'A3.1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'S'),
  ('04.024', 'Thanh tra viên chính', 'CIVIL_SERVANT_RANK', 'PRINCIPAL', 'A2.1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'S'),
  ('04.025', 'Thanh tra viên', 'CIVIL_SERVANT_RANK', 'SPECIALIST', 'A1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'S'),
  ('V.07.02.24', 'Giáo viên mầm non hạng I', 'PUBLIC_EMPLOYEE_TITLE', 'PRINCIPAL', 'A2.2', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'S'),
  ('V.07.02.25', 'Giáo viên mầm non hạng II', 'PUBLIC_EMPLOYEE_TITLE', 'SPECIALIST', 'A1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'S'),
  ('V.07.02.26', 'Giáo viên mầm non hạng III', 'PUBLIC_EMPLOYEE_TITLE', 'OFFICER', 'A0', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'S'),
  ('V.08.01.01', 'Bác sĩ cao cấp (hạng I)', 'PUBLIC_EMPLOYEE_TITLE', 'SENIOR', 'A3.1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'M'),
  ('V.08.01.02', 'Bác sĩ chính (hạng II)', 'PUBLIC_EMPLOYEE_TITLE', 'PRINCIPAL', 'A2.1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'M'),
  ('V.08.01.03', 'Bác sĩ (hạng III)', 'PUBLIC_EMPLOYEE_TITLE', 'SPECIALIST', 'A1', DATE '2004-10-01', NULL, 'Nghị định 204/2004/NĐ-CP; mã ngạch, chức danh theo văn bản của Bộ quản lý ngành', 'M');
-- Cán sự and nhân viên changed salary group with Circular 02/2021/TT-BNV (in force 15/07/2021; both the groups before
-- and the date are UNCERTAIN and to be checked).
INSERT INTO catalog.rank VALUES
  ('01.004', 'Cán sự', 'CIVIL_SERVANT_RANK', 'OFFICER', 'B', DATE '2004-10-01', DATE '2021-07-15', 'Nghị định 204/2004/NĐ-CP', 'U'),
  ('01.004', 'Cán sự', 'CIVIL_SERVANT_RANK', 'OFFICER', 'A0', DATE '2021-07-15', NULL, 'Thông tư 02/2021/TT-BNV', 'U'),
  ('01.005', 'Nhân viên', 'CIVIL_SERVANT_RANK', 'STAFF', 'C1', DATE '2004-10-01', DATE '2021-07-15', 'Nghị định 204/2004/NĐ-CP', 'U'),
  ('01.005', 'Nhân viên', 'CIVIL_SERVANT_RANK', 'STAFF', 'B', DATE '2021-07-15', NULL, 'Thông tư 02/2021/TT-BNV', 'U');

INSERT INTO catalog.base_salary VALUES
  (DATE '2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP', 'M'),
  (DATE '2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP', 'S'),
  (DATE '2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP, Điều 3', 'S'),
  (DATE '2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP (chưa xác minh)', 'U');

INSERT INTO catalog.reference_item VALUES
  ('ETHNIC_GROUP', '01', 'Kinh', 'Kinh', 1, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '02', 'Tày', 'Tày', 2, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '03', 'Thái', 'Thái', 3, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '04', 'Hoa', 'Hoa', 4, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '05', 'Khơ-me', 'Khơ-me', 5, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '06', 'Mường', 'Mường', 6, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '07', 'Nùng', 'Nùng', 7, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '08', 'HMông', 'HMông', 8, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '09', 'Dao', 'Dao', 9, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '10', 'Gia-rai', 'Gia-rai', 10, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '11', 'Ngái', 'Ngái', 11, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '12', 'Ê-đê', 'Ê-đê', 12, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '13', 'Ba-na', 'Ba-na', 13, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '14', 'Xơ-đăng', 'Xơ-đăng', 14, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '15', 'Sán Chay', 'Sán Chay', 15, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '16', 'Cơ-ho', 'Cơ-ho', 16, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '17', 'Chăm', 'Chăm', 17, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '18', 'Sán Dìu', 'Sán Dìu', 18, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '19', 'Hrê', 'Hrê', 19, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '20', 'Mnông', 'Mnông', 20, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '21', 'Ra-glai', 'Ra-glai', 21, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '22', 'Xtiêng', 'Xtiêng', 22, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '23', 'Bru-Vân Kiều', 'Bru-Vân Kiều', 23, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '24', 'Thổ', 'Thổ', 24, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '25', 'Giáy', 'Giáy', 25, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '26', 'Cơ-tu', 'Cơ-tu', 26, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '27', 'Gié-Triêng', 'Gié-Triêng', 27, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '28', 'Mạ', 'Mạ', 28, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '29', 'Khơ-mú', 'Khơ-mú', 29, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '30', 'Co', 'Co', 30, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '31', 'Ta-ôi', 'Ta-ôi', 31, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '32', 'Chơ-ro', 'Chơ-ro', 32, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '33', 'Kháng', 'Kháng', 33, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '34', 'Xinh-mun', 'Xinh-mun', 34, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '35', 'Hà Nhì', 'Hà Nhì', 35, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '36', 'Chu-ru', 'Chu-ru', 36, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '37', 'Lào', 'Lào', 37, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '38', 'La Chí', 'La Chí', 38, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '39', 'La Ha', 'La Ha', 39, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '40', 'Phù Lá', 'Phù Lá', 40, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '41', 'La Hủ', 'La Hủ', 41, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '42', 'Lự', 'Lự', 42, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '43', 'Lô Lô', 'Lô Lô', 43, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '44', 'Chứt', 'Chứt', 44, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '45', 'Mảng', 'Mảng', 45, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '46', 'Pà Thẻn', 'Pà Thẻn', 46, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '47', 'Cơ Lao', 'Cơ Lao', 47, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '48', 'Cống', 'Cống', 48, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '49', 'Bố Y', 'Bố Y', 49, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '50', 'Si La', 'Si La', 50, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '51', 'Pu Péo', 'Pu Péo', 51, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '52', 'Brâu', 'Brâu', 52, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '53', 'Ơ Đu', 'Ơ Đu', 53, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc'),
  ('ETHNIC_GROUP', '54', 'Rơ-măm', 'Rơ-măm', 54, DATE '1979-03-02', NULL, 'Quyết định 121-TCTK/PPCĐ (1979), danh mục 54 dân tộc');
INSERT INTO catalog.reference_item VALUES
  ('RELIGION', 'NONE', 'Không', 'None', 1, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'BUDDHISM', 'Phật giáo', 'Buddhism', 2, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'CATHOLICISM', 'Công giáo', 'Catholicism', 3, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'PROTESTANTISM', 'Tin lành', 'Protestantism', 4, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'CAO_DAI', 'Cao Đài', 'Cao Dai', 5, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'HOA_HAO', 'Phật giáo Hòa Hảo', 'Hoa Hao Buddhism', 6, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'ISLAM', 'Hồi giáo', 'Islam', 7, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn'),
  ('RELIGION', 'OTHER', 'Khác', 'Other', 8, DATE '1945-09-02', NULL, 'Luật Tín ngưỡng, tôn giáo 2016; danh mục rút gọn');
INSERT INTO catalog.reference_item VALUES
  ('GENERAL_EDUCATION', '12/12', '12/12', '12/12', 1, DATE '1945-09-02', NULL, 'Mẫu 2C-BNV/2008'),
  ('GENERAL_EDUCATION', '10/10', '10/10 (hệ cũ)', '10/10 (old system)', 2, DATE '1945-09-02', NULL, 'Mẫu 2C-BNV/2008'),
  ('GENERAL_EDUCATION', '9/12', '9/12', '9/12', 3, DATE '1945-09-02', NULL, 'Mẫu 2C-BNV/2008');
INSERT INTO catalog.reference_item VALUES
  ('PROFESSIONAL_LEVEL', 'TSKH', 'Tiến sĩ khoa học', 'Doctor of Science', 1, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'TS', 'Tiến sĩ', 'Doctorate', 2, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'THS', 'Thạc sĩ', 'Master', 3, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'DH', 'Đại học', 'Bachelor', 4, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'CD', 'Cao đẳng', 'College', 5, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'TC', 'Trung cấp', 'Intermediate', 6, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'SC', 'Sơ cấp', 'Elementary', 7, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008'),
  ('PROFESSIONAL_LEVEL', 'NONE', 'Chưa qua đào tạo', 'None', 8, DATE '1945-09-02', NULL, 'Luật Giáo dục 2019; mẫu 2C-BNV/2008');
INSERT INTO catalog.reference_item VALUES
  ('POLITICAL_THEORY', 'CN', 'Cử nhân', 'Bachelor', 1, DATE '1945-09-02', NULL, 'Quy định của Ban Tổ chức Trung ương; mẫu 2C-BNV/2008'),
  ('POLITICAL_THEORY', 'CC', 'Cao cấp', 'Advanced', 2, DATE '1945-09-02', NULL, 'Quy định của Ban Tổ chức Trung ương; mẫu 2C-BNV/2008'),
  ('POLITICAL_THEORY', 'TC', 'Trung cấp', 'Intermediate', 3, DATE '1945-09-02', NULL, 'Quy định của Ban Tổ chức Trung ương; mẫu 2C-BNV/2008'),
  ('POLITICAL_THEORY', 'SC', 'Sơ cấp', 'Elementary', 4, DATE '1945-09-02', NULL, 'Quy định của Ban Tổ chức Trung ương; mẫu 2C-BNV/2008'),
  ('POLITICAL_THEORY', 'NONE', 'Chưa qua đào tạo', 'None', 5, DATE '1945-09-02', NULL, 'Quy định của Ban Tổ chức Trung ương; mẫu 2C-BNV/2008');
INSERT INTO catalog.reference_item VALUES
  ('STATE_MANAGEMENT', 'CVCC', 'Chuyên viên cao cấp', 'Senior specialist', 1, DATE '1945-09-02', NULL, 'Nghị định 101/2017/NĐ-CP (bãi bỏ theo Nghị định 171/2025/NĐ-CP; giữ cho hồ sơ cũ)'),
  ('STATE_MANAGEMENT', 'CVC', 'Chuyên viên chính', 'Principal specialist', 2, DATE '1945-09-02', NULL, 'Nghị định 101/2017/NĐ-CP (bãi bỏ theo Nghị định 171/2025/NĐ-CP; giữ cho hồ sơ cũ)'),
  ('STATE_MANAGEMENT', 'CV', 'Chuyên viên', 'Specialist', 3, DATE '1945-09-02', NULL, 'Nghị định 101/2017/NĐ-CP (bãi bỏ theo Nghị định 171/2025/NĐ-CP; giữ cho hồ sơ cũ)'),
  ('STATE_MANAGEMENT', 'CS', 'Cán sự', 'Officer', 4, DATE '1945-09-02', NULL, 'Nghị định 101/2017/NĐ-CP (bãi bỏ theo Nghị định 171/2025/NĐ-CP; giữ cho hồ sơ cũ)'),
  ('STATE_MANAGEMENT', 'NONE', 'Chưa qua bồi dưỡng', 'None', 5, DATE '1945-09-02', NULL, 'Nghị định 101/2017/NĐ-CP (bãi bỏ theo Nghị định 171/2025/NĐ-CP; giữ cho hồ sơ cũ)');
INSERT INTO catalog.reference_item VALUES
  ('ALLOWANCE_KIND', 'POSITION', 'Phụ cấp chức vụ lãnh đạo', 'Leadership allowance', 1, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'SENIORITY_BEYOND_SCALE', 'Phụ cấp thâm niên vượt khung', 'Seniority beyond the last step', 2, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'REGIONAL', 'Phụ cấp khu vực', 'Regional allowance', 3, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'CONCURRENT', 'Phụ cấp kiêm nhiệm', 'Concurrent post allowance', 4, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'RESPONSIBILITY', 'Phụ cấp trách nhiệm công việc', 'Responsibility allowance', 5, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'HAZARD', 'Phụ cấp độc hại, nguy hiểm', 'Hazard allowance', 6, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'SECTOR_PREFERENCE', 'Phụ cấp ưu đãi theo nghề', 'Sector preference allowance', 7, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'TEACHER_SENIORITY', 'Phụ cấp thâm niên nhà giáo', 'Teachers seniority allowance', 8, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP'),
  ('ALLOWANCE_KIND', 'PUBLIC_SERVICE', 'Phụ cấp công vụ', 'Public service allowance', 9, DATE '1945-09-02', NULL, 'Nghị định 204/2004/NĐ-CP, Điều 6; Nghị định 34/2012/NĐ-CP');

SELECT public.congvu_grant_app_role('catalog');
