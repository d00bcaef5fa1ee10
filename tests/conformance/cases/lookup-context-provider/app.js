// Conformance case 'lookup-context-provider': cdk.ContextProvider.getValue / getKey, the mechanism
// every fromLookup is made of, with providers ccdk has no L2 for: a hosted zone (missing: its dummy
// object stands in), a security group whose lookup is in context.json (what cdk.context.json holds),
// a plugin lookup with mustExist false and nested, list and boolean props (the key flattens and
// sorts them), and a key without the environment.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const zone = cdk.ContextProvider.getValue(stack, {
  provider: 'hosted-zone',
  props: { domainName: 'example.com', privateZone: false },
  dummyValue: { Id: '/hostedzone/DUMMY', Name: 'example.com.' },
}).value;
new cdk.CfnOutput(stack, 'ZoneId', { value: zone.Id });
const sg = cdk.ContextProvider.getValue(stack, {
  provider: 'security-group',
  props: { securityGroupName: 'web', vpcId: 'vpc-0123' },
  dummyValue: { securityGroupId: 'sg-12345678', allowAllOutbound: true },
}).value;
new cdk.CfnOutput(stack, 'SgId', { value: sg.securityGroupId });
const plugin = cdk.ContextProvider.getValue(stack, {
  provider: 'plugin',
  props: { pluginName: 'my:plugin', query: { tags: ['a', 'b:c'], deep: { on: true, n: 3 } } },
  dummyValue: 'plugin-dummy',
  mustExist: false,
  additionalCacheKey: 'k1',
}).value;
new cdk.CfnOutput(stack, 'Plugin', { value: plugin });
new cdk.CfnOutput(stack, 'Key', {
  value: cdk.ContextProvider.getKey(stack, { provider: 'plugin', props: { pluginName: 'x' }, includeEnvironment: false }).key,
});
app.synth();
