-- Open311 lists only the categories the public may report (domain.md §4.4: "only categories flagged publicIntake are
-- listed"). By default the 管理事项 of classes 06–10 (市容环境, 宣传广告, 施工管理, 街面秩序, 突发事件); 部件 problems and
-- local extensions are reported by staff unless an administrator opens them.
ALTER TABLE category_item ADD COLUMN public_intake BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE category_item SET public_intake = TRUE
WHERE kind = 'EVENT' AND length(code) = 5 AND substring(code, 1, 2) BETWEEN '06' AND '10' AND NOT local_extension;
