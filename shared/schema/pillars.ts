/** The pillars in display order. Kept free of zod so UI code can list them without the library. */
export const PILLARS = [
  'chinh-quyen-so', // digital government
  'kinh-te-so', // digital economy
  'xa-hoi-so', // digital society
  'an-toan-thong-tin', // information security
  'nen-tang', // foundations: awareness, institutions, infrastructure, people
  'qd766', // the QĐ 766 service-quality index
] as const;
