// aws4_testsuite header cases, transcribed as literals. get-header-value-multiline's value keeps
// the obs-fold line breaks and leading spaces exactly as in its .req file.
import { describeSuite, type SuiteCase } from './suite-harness';

const CASES: SuiteCase[] = [
  {
    name: 'get-header-value-trim',
    request: {
      method: 'GET',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['My-Header1', ' value1'],
        ['My-Header2', ' "a   b   c"'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `GET
/

host:example.amazonaws.com
my-header1:value1
my-header2:"a b c"
x-amz-date:20150830T123600Z

host;my-header1;my-header2;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736',
  },
  {
    name: 'get-header-key-duplicate',
    request: {
      method: 'GET',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['My-Header1', 'value2'],
        ['My-Header1', 'value2'],
        ['My-Header1', 'value1'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `GET
/

host:example.amazonaws.com
my-header1:value2,value2,value1
x-amz-date:20150830T123600Z

host;my-header1;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea',
  },
  {
    name: 'get-header-value-order',
    request: {
      method: 'GET',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['My-Header1', 'value4'],
        ['My-Header1', 'value1'],
        ['My-Header1', 'value3'],
        ['My-Header1', 'value2'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `GET
/

host:example.amazonaws.com
my-header1:value4,value1,value3,value2
x-amz-date:20150830T123600Z

host;my-header1;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01',
  },
  {
    name: 'get-header-value-multiline',
    request: {
      method: 'GET',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['My-Header1', 'value1\n  value2\n     value3'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `GET
/

host:example.amazonaws.com
my-header1:value1 value2 value3
x-amz-date:20150830T123600Z

host;my-header1;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
e99419459a677bc11de234014be3c4e72c1ea5b454ceb58b613061f5d7a162e8`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd',
  },
  {
    name: 'post-header-key-case',
    request: {
      method: 'POST',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `POST
/

host:example.amazonaws.com
x-amz-date:20150830T123600Z

host;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
  },
  {
    name: 'post-header-key-sort',
    request: {
      method: 'POST',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['My-Header1', 'value1'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `POST
/

host:example.amazonaws.com
my-header1:value1
x-amz-date:20150830T123600Z

host;my-header1;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
9368318c2967cf6de74404b30c65a91e8f6253e0a8659d6d5319f1a812f87d65`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c',
  },
  {
    name: 'post-header-value-case',
    request: {
      method: 'POST',
      path: '/',
      query: [],
      headers: [
        ['Host', 'example.amazonaws.com'],
        ['My-Header1', 'VALUE1'],
        ['X-Amz-Date', '20150830T123600Z'],
      ],
      body: '',
    },
    canonicalRequest: `POST
/

host:example.amazonaws.com
my-header1:VALUE1
x-amz-date:20150830T123600Z

host;my-header1;x-amz-date
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
    stringToSign: `AWS4-HMAC-SHA256
20150830T123600Z
20150830/us-east-1/service/aws4_request
d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d',
  },
];

describeSuite('aws4_testsuite: header canonicalization', CASES);
