-- Names are searched from the start of any of their words: "nguyen van an", "van an", "an" and "ngu" find
-- "Nguyễn Văn An"; "guyen" does not. Each name's key (lower case, no accents) is kept here once per word, from that
-- word to the end of the name, so that a search reads a range of one B-tree. At a million officials the trigram index
-- it replaces took 30-60 ms to scan for names made of common syllables (every "nguyen" and "thi"), before any other
-- work, and it was the dearest index to keep up in an import.
CREATE TABLE personnel.official_name_part (
  part        VARCHAR(120) COLLATE "C" NOT NULL,
  official_id BIGINT NOT NULL
);

-- "nguyen van an" -> "nguyen van an", "van an", "an"
CREATE FUNCTION personnel.name_parts(name_key TEXT) RETURNS SETOF TEXT
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT array_to_string(w[i:], ' ')
  FROM (SELECT regexp_split_to_array(btrim(name_key), ' +') AS w) words, generate_subscripts(w, 1) AS i
$$;

INSERT INTO personnel.official_name_part (part, official_id)
SELECT p, o.id FROM personnel.official o, personnel.name_parts(o.name_key) AS p;

CREATE INDEX official_name_part_idx ON personnel.official_name_part (part, official_id);

CREATE FUNCTION personnel.official_names_inserted() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO personnel.official_name_part (part, official_id)
  SELECT p, n.id FROM new_rows n, personnel.name_parts(n.name_key) AS p;
  RETURN NULL;
END $$;

CREATE FUNCTION personnel.official_name_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM personnel.official_name_part
  WHERE part IN (SELECT personnel.name_parts(OLD.name_key)) AND official_id = OLD.id;
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO personnel.official_name_part (part, official_id)
    SELECT p, NEW.id FROM personnel.name_parts(NEW.name_key) AS p;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER official_inserted AFTER INSERT ON personnel.official
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION personnel.official_names_inserted();
CREATE TRIGGER official_renamed AFTER UPDATE OF name_key ON personnel.official
  FOR EACH ROW WHEN (OLD.name_key IS DISTINCT FROM NEW.name_key) EXECUTE FUNCTION personnel.official_name_changed();
CREATE TRIGGER official_deleted AFTER DELETE ON personnel.official
  FOR EACH ROW EXECUTE FUNCTION personnel.official_name_changed();

DROP INDEX personnel.official_name_key_trgm;

SELECT public.congvu_grant_app_role('personnel');
