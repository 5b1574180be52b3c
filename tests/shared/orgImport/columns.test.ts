import { describe, expect, it } from 'vitest';
import { guessMapping, parseMappingOption, resolveMapping } from '../../../shared/orgImport/columns';

describe('column guessing', () => {
  it('reads a Dutch HR export', () => {
    expect(guessMapping(['Personeelsnummer', 'Naam', 'Functie', 'Afdeling', 'Leidinggevende'])).toEqual({ id: 0, name: [1], title: 2, department: 3, manager: 4 });
  });

  it('reads English headers, whatever their case and punctuation', () => {
    expect(guessMapping(['employee_id', 'Full Name', 'Job Title', 'DEPARTMENT', 'Reports To'])).toEqual({ id: 0, name: [1], title: 2, department: 3, manager: 4 });
    expect(guessMapping(['Name', 'Position', 'Dept', 'Manager', 'Employee ID'])).toEqual({ name: [0], title: 1, department: 2, manager: 3, id: 4 });
  });

  it('takes the exact word over a header that only contains it, and a manager\'s id as the manager', () => {
    const headers = ['Afdelingscode', 'Afdeling', 'Naam leidinggevende', 'Naam', 'Functie-omschrijving', 'Manager ID'];
    const mapping = guessMapping(headers);
    expect(mapping.department).toBe(1);
    expect(mapping.name).toEqual([3]);
    expect(mapping.title).toBe(4);
    // Both manager columns qualify; one is taken, and neither is the person's name or id.
    expect([2, 5]).toContain(mapping.manager);
    expect(mapping.id).toBeUndefined();
  });

  it('joins a name spread over first name, infix and last name', () => {
    expect(guessMapping(['Personeelsnummer', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'Afdeling']).name).toEqual([1, 2, 3]);
    expect(guessMapping(['First name', 'Last name', 'Department']).name).toEqual([0, 1]);
  });

  it('lets an explicit mapping win, by header, case-insensitively, and frees the column it takes', () => {
    const headers = ['Nr', 'Medewerker', 'Rol', 'Team', 'Chef'];
    const result = resolveMapping(headers, { id: 'nr', name: 'Medewerker', department: 'team', manager: 'CHEF' });
    expect(result).toEqual({ ok: true, value: { id: 0, name: [1], title: 2, department: 3, manager: 4 } });
    const moved = resolveMapping(['Naam', 'Functie', 'Afdeling'], { department: 'Functie' });
    expect(moved.ok && moved.value).toEqual({ name: [0], department: 1 });
  });

  it('says which column is missing, and names the columns there are', () => {
    expect(resolveMapping(['Nummer', 'Kostenplaats'], {}, {}, 1)).toEqual({
      ok: false,
      problems: [{ code: 'missingColumn', line: 1, params: { field: 'name', headers: 'Nummer, Kostenplaats' } }],
    });
    const unknown = resolveMapping(['Naam', 'Afdeling'], { department: 'Afdelingen' });
    expect(!unknown.ok && unknown.problems[0]).toMatchObject({ code: 'unknownColumn', params: { field: 'department', column: 'Afdelingen' } });
  });

  it('reads --map, and refuses a field it does not know', () => {
    expect(parseMappingOption('name=Voornaam+Achternaam,department=Afdeling')).toEqual({ ok: true, value: { name: 'Voornaam+Achternaam', department: 'Afdeling' } });
    const refused = parseMappingOption('naam=Naam');
    expect(!refused.ok && refused.problems[0]).toMatchObject({ code: 'badMapping', params: { part: 'naam=Naam' } });
  });
});
