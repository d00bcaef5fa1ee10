// Conformance case 'core-fn-tests-1': aws-cdk's core fn.test.ts beyond unit-core-fn and
// unit-core-fn-language-extensions: the eager Fn.select / Fn.split of literals, Fn.parseDomainName
// (of a literal url, of a join of literals, of a parameter), the rule functions
// Fn.conditionEachMemberIn / conditionEachMemberEquals with Fn.valueOfAll / Fn.refAll, Fn.valueOf,
// Fn.cidr (with and without a mask, selected from), and joins: nested joins collapsed around a token, a join of one token, a join under another
// delimiter kept.
'use strict';
const cdk = require('aws-cdk-lib');
const { Fn } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'T1');
const out = (id, value) => new cdk.CfnOutput(stack, id, { value });
out('Select', Fn.select(2, ['hello', 'you', 'dude']));
out('Split', Fn.split(':', 'hello:world:yeah').join('|'));
out('DomainLiteral', Fn.parseDomainName('https://test.com/'));
out('DomainJoin', Fn.parseDomainName(Fn.join('//', ['https:', Fn.join('/', ['test.com', 'graphql'])])));
const url = new cdk.CfnParameter(stack, 'Url').valueAsString;
out('DomainToken', Fn.parseDomainName(url));
out('Collapse', Fn.join('', ['a', Fn.join('', [Fn.getAtt('a', 'bc').toString(), 'c']), 'd']));
out('One', Fn.join('-', [url]));
out('OtherDelimiter', Fn.join(',', ['x', Fn.join('/', [url, 'y']), 'z']));
out('ValueOf', Fn.valueOf('VpcId', 'Tags'));

const t2 = new cdk.Stack(app, 'T2');
new cdk.CfnResource(t2, 'R', {
  type: 'Test::R',
  properties: {
    In: Fn.conditionEachMemberIn(Fn.valueOfAll('AWS::EC2::Subnet::Id', 'VpcId'), Fn.refAll('AWS::EC2::VPC::Id')),
    Equals: Fn.conditionEachMemberEquals(Fn.refAll('AWS::EC2::VPC::Id'), 'vpc-1'),
    RefAll: Fn.refAll('AWS::EC2::VPC::Id'),
    Cidr: Fn.cidr('10.0.0.0/16', 4, '8'),
    CidrNoMask: Fn.cidr(Fn.getAtt('Vpc', 'CidrBlock').toString(), 256),
    CidrSelect: Fn.select(1, Fn.cidr('10.0.0.0/16', 2)),
  },
});
app.synth();
