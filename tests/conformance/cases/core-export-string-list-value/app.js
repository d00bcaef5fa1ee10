// Conformance case 'core-export-string-list-value': stack.exportStringListValue: with a name (a
// literal list, a list parameter's valueAsList), without one (a list parameter's valueAsList, a
// list attribute of a resource through Token.asList, exported twice: one Output), and the imports
// used in another stack's resources; the description on the Output.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const subnets = new cdk.CfnParameter(producer, 'Subnets', { type: 'List<AWS::EC2::Subnet::Id>' });
const vpc = new cdk.CfnResource(producer, 'Vpc', { type: 'AWS::EC2::VPC', properties: { CidrBlock: '10.0.0.0/16' } });
const ipv6 = cdk.Token.asList(vpc.getAtt('Ipv6CidrBlocks'));

const named = producer.exportStringListValue(['a', 'b', 'c'], { name: 'LiteralList', description: 'three letters' });
const namedParam = producer.exportStringListValue(subnets.valueAsList, { name: 'SubnetList' });
const generated = producer.exportStringListValue(subnets.valueAsList);
const attr = producer.exportStringListValue(ipv6, { description: 'the VPC IPv6 blocks' });
const attrAgain = producer.exportStringListValue(ipv6);

new cdk.CfnResource(consumer, 'Use', {
  type: 'AWS::SSM::Parameter',
  properties: {
    Type: 'StringList',
    Value: cdk.Fn.join(',', named),
    Description: cdk.Fn.select(0, namedParam),
    Name: cdk.Fn.join('-', generated),
    Tier: cdk.Fn.select(1, attr),
    DataType: cdk.Fn.select(0, attrAgain),
  },
});
app.synth();
