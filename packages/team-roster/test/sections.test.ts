import { expect } from '@open-wc/testing';
import { isClientSide, type TeamMember } from '@saumaton/core';
import { exampleOrganizations, exampleTeam } from '@saumaton/core/examples';
import { groupByOrganization } from '../src/views/sections.js';

const professionals = exampleTeam.members.filter((m) => !isClientSide(m));
const byId = (id: string) => professionals.find((m) => m.id === id)!;
const unrecorded: TeamMember = { id: 'm-ville', name: 'Ville Koskinen', role: 'consultant' };

/** The groups as [organisation id, member ids]. */
function shape(members: readonly TeamMember[]): [string, string[]][] {
  return groupByOrganization(members).map((g) => [g.key, g.members.map((m) => m.id)]);
}

describe('groupByOrganization', () => {
  it('puts the coordinator’s organisation first and the others in the order they appear', () => {
    expect(shape(professionals)).to.deep.equal([
      [exampleOrganizations.county.id, ['m-leena', 'm-jari']],
      [exampleOrganizations.countyHealth.id, ['m-maria', 'm-olli']],
      [exampleOrganizations.voucher.id, ['m-pekka']],
      [exampleOrganizations.employment.id, ['m-tiina']],
    ]);
  });

  it('puts the coordinator’s organisation first and the coordinator first in it, wherever they are listed', () => {
    const order = ['m-pekka', 'm-maria', 'm-jari', 'm-tiina', 'm-leena', 'm-olli'].map(byId);
    expect(shape(order)).to.deep.equal([
      [exampleOrganizations.county.id, ['m-leena', 'm-jari']],
      [exampleOrganizations.voucher.id, ['m-pekka']],
      [exampleOrganizations.countyHealth.id, ['m-maria', 'm-olli']],
      [exampleOrganizations.employment.id, ['m-tiina']],
    ]);
  });

  it('puts the members without a recorded organisation last', () => {
    expect(shape([unrecorded, ...professionals.slice(3)])).to.deep.equal([
      [exampleOrganizations.voucher.id, ['m-pekka']],
      [exampleOrganizations.employment.id, ['m-tiina']],
      [exampleOrganizations.countyHealth.id, ['m-olli']],
      ['', ['m-ville']],
    ]);
  });

  it('puts the unrecorded last when there is a coordinator too', () => {
    const groups = shape([unrecorded, ...professionals]);
    expect(groups[0]![0]).to.equal(exampleOrganizations.county.id);
    expect(groups.at(-1)).to.deep.equal(['', ['m-ville']]);
  });

  it('keeps the order within an organisation, apart from the coordinator', () => {
    const colleague: TeamMember = { ...byId('m-jari'), id: 'm-kaisa', name: 'Kaisa Laine', role: 'member' };
    expect(shape([byId('m-jari'), colleague, byId('m-leena')])[0]).to.deep.equal([
      exampleOrganizations.county.id,
      ['m-leena', 'm-jari', 'm-kaisa'],
    ]);
  });

  it('does not reorder the list it is given', () => {
    const order = ['m-pekka', 'm-jari', 'm-leena'].map(byId);
    groupByOrganization(order);
    expect(order.map((m) => m.id)).to.deep.equal(['m-pekka', 'm-jari', 'm-leena']);
  });

  it('gives no groups for no members', () => {
    expect(groupByOrganization([])).to.deep.equal([]);
  });
});
