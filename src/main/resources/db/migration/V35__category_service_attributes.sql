-- What a public report of some 事项 needs besides its description (domain.md §4.4, GeoReport v2 service definitions):
-- attributes with a code, a datatype of the spec (string, number, datetime, text, singlevaluelist, multivaluelist),
-- whether required, the question asked, their order and, for lists, their values ("key=名称" per line).
CREATE TABLE category_attribute (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	category_id BIGINT NOT NULL REFERENCES category_item (id),
	code VARCHAR(40) NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
	datatype VARCHAR(16) NOT NULL
		CHECK (datatype IN ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
	required BOOLEAN NOT NULL,
	description VARCHAR(200) NOT NULL,
	sort_order INT NOT NULL,
	list_values TEXT,
	CONSTRAINT category_attribute_once UNIQUE (category_id, code),
	CONSTRAINT category_attribute_lists CHECK ((list_values IS NOT NULL) = (datatype IN ('singlevaluelist', 'multivaluelist')))
);

INSERT INTO category_attribute (category_id, code, datatype, required, description, sort_order, list_values)
SELECT c.id, a.attr_code, a.datatype, a.required, a.description, a.sort_order, a.list_values
FROM category_item c JOIN (VALUES
	('09006', 'STALLS', 'number', TRUE, '摊点数量', 1, NULL),
	('09006', 'BLOCKS_TRAFFIC', 'singlevaluelist', FALSE, '是否影响通行', 2, 'YES=影响通行' || chr(10) || 'NO=不影响通行'),
	('09005', 'AREA', 'number', FALSE, '店外占用面积（平方米）', 1, NULL),
	('07003', 'AREA', 'number', TRUE, '广告面积（平方米）', 1, NULL),
	('07003', 'HAZARD', 'singlevaluelist', FALSE, '是否有坠落等安全隐患', 2, 'YES=有安全隐患' || chr(10) || 'NO=无明显隐患'),
	('06028', 'SOURCE', 'singlevaluelist', TRUE, '噪声来源', 1,
		'SHOP=商业经营' || chr(10) || 'ENTERTAINMENT=娱乐健身' || chr(10) || 'RENOVATION=房屋装修' || chr(10) || 'OTHER=其他'),
	('06028', 'PERIOD', 'singlevaluelist', FALSE, '发生时段', 2, 'DAY=白天（6–22 时）' || chr(10) || 'NIGHT=夜间（22–6 时）'),
	('06029', 'GRILLS', 'number', FALSE, '烧烤炉具数量', 1, NULL),
	('09009', 'PLATE', 'string', FALSE, '车牌号（如能看清）', 1, NULL)
) AS a (code, attr_code, datatype, required, description, sort_order, list_values) ON a.code = c.code
WHERE c.kind = 'EVENT' AND NOT c.local_extension;
