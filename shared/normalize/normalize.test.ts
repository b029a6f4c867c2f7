import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { institutionKey, sameInstitution } from './institution';
import { personKey, personWithAffiliation, samePerson } from './person';
import { emailKey, splitList, textKey } from './text';

/** ASCII letters and digits written in their full-width forms, as Chinese input methods produce. */
const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('personKey', () => {
  it.each([
    ['张伟', '张 伟'],
    ['欧阳修', '欧阳·修'],
    ['张伟', '张伟教授'],
    ['Zhang Wei', 'Wei Zhang'],
    ['Zhang Wei', 'ZHANG, Wei'],
    ['Zhang Wei', 'Dr. Wei Zhang'],
    ['Xiao-Ming Li', 'Li Xiaoming'],
    ['José Müller', 'jose MULLER'],
    ['Zhang Wei', 'Ｚｈａｎｇ　Ｗｅｉ'],
  ])('%s and %s are the same person', (a, b) => {
    expect(samePerson(a, b)).toBe(true);
  });

  it.each([
    ['张伟', '张维'],
    ['Zhang Wei', 'Zhang Wen'],
    ['Zhang Wei', '张伟'],
    ['', ''],
  ])('%s and %s are not', (a, b) => {
    expect(samePerson(a, b)).toBe(false);
  });

  it('ignores the order of Latin name parts and full-width forms', () => {
    const part = fc.stringMatching(/^[A-Za-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.nat(), (parts, shift) => {
        const rotated = parts.map((_, i) => parts[(i + shift) % parts.length] as string);
        expect(personKey(rotated.join(' '))).toBe(personKey(parts.join(' ')));
        expect(personKey(toFullWidth(parts.join(' ')))).toBe(personKey(parts.join(' ')));
      }),
    );
  });
});

describe('institutionKey', () => {
  it.each([
    ['广西大学', '广西 大学'],
    ['广西大学', 'Guangxi University'],
    ['清华大学', '清华大学计算机科学与技术系'],
    ['清华大学', 'Department of Computer Science, Tsinghua University, Beijing'],
    ['清华大学', '清华大学（Tsinghua University）'],
    ['北京大学', '北大'],
    ['中国科学院物理研究所', '中科院物理所'],
    ['中国科学院物理研究所', '中国科学院 物理研究所'],
    ['南宁市某某科技有限公司', '南宁市某某科技股份有限公司'],
    ['Acme Robotics Co., Ltd.', 'ACME ROBOTICS'],
    ['University of Oxford', 'Oxford University'],
    ['University of Chinese Academy of Sciences', '中国科学院大学'],
    ['中国石油大学（北京）', '中国石油大学(北京)克拉玛依校区'],
    ['ＧＵＡＮＧＸＩ　Ｕｎｉｖ．', 'guangxi university'],
    [
      'Institute of Physics, Chinese Academy of Sciences, Beijing',
      'institute of physics; chinese academy of sciences',
    ],
  ])('%s = %s', (a, b) => {
    expect(sameInstitution(a, b)).toBe(true);
  });

  it.each([
    ['中国石油大学（北京）', '中国石油大学（华东）'],
    ['广西大学', '广西医科大学'],
    ['中国科学院物理研究所', '中国科学院化学研究所'],
    ['中国科学院', '中国科学院物理研究所'],
    ['大学科技园', '大学生创业中心'],
    ['Institute of Physics, Chinese Academy of Sciences', 'Chinese Academy of Sciences'],
    ['', ''],
  ])('%s ≠ %s', (a, b) => {
    expect(sameInstitution(a, b)).toBe(false);
  });

  it('is unchanged by width, case and surrounding spaces', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/), (name) => {
        expect(institutionKey(`  ${toFullWidth(name.toUpperCase())} `)).toBe(institutionKey(name));
      }),
    );
  });
});

describe('text helpers', () => {
  it('splits list cells on Chinese and Latin separators', () => {
    expect(splitList('张伟、李娜；王芳, Wei Zhang;\nMaria Rossi|  ')).toEqual([
      '张伟',
      '李娜',
      '王芳',
      'Wei Zhang',
      'Maria Rossi',
    ]);
  });

  it('folds keywords and e-mails', () => {
    expect(textKey('  Machine-Learning ')).toBe('machine learning');
    expect(textKey('深度学习')).toBe(textKey('深度学习 '));
    expect(emailKey(' Wei.Zhang@GXU.edu.cn ')).toBe('wei.zhang@gxu.edu.cn');
  });
});

describe('lists and affiliations', () => {
  it('keeps bracketed affiliations together and items as written', () => {
    expect(splitList('Maria Rossi (ETH Zurich, Switzerland); 李娜（广西医科大学，南宁）、ＡＢＣ')).toEqual([
      'Maria Rossi (ETH Zurich, Switzerland)',
      '李娜（广西医科大学，南宁）',
      'ＡＢＣ',
    ]);
  });

  it('splits a name from its bracketed institution', () => {
    expect(personWithAffiliation('李娜（广西医科大学）')).toEqual({
      name: '李娜',
      institution: '广西医科大学',
    });
    expect(personWithAffiliation('Maria Rossi (ETH Zurich)')).toEqual({
      name: 'Maria Rossi',
      institution: 'ETH Zurich',
    });
    expect(personWithAffiliation('Wei Zhang')).toEqual({ name: 'Wei Zhang', institution: '' });
  });
});
