// Conformance case 'unit-iam-principals': aws-iam principals.test.ts: a cross-stack role reference
// (no URLSuffix exported), principals with the same conditions in one statement,
// PrincipalWithConditions with more conditions (same and new operators), an AccountPrincipal in an
// organization, ServicePrincipal names in the default format (elasticmapreduce.amazonaws.com.cn).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
{
  const first = new cdk.Stack(app, 'First');
  const second = new cdk.Stack(app, 'Second');
  const role = new iam.Role(first, 'Role', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') });
  new cdk.CfnOutput(second, 'Output', { value: role.roleArn });
}
const stack = new cdk.Stack(app, 'Principals');
const put = (id, doc) => new cdk.CfnResource(stack, id, { type: 'Custom::Doc', properties: { Document: doc } });
{
  // the same conditions: allowed (as resource policy statements, which may hold principals)
  const blond = { StringEquals: { hairColor: 'blond' } };
  put('SameConditions', new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        actions: ['service:action'], resources: ['*'],
        principals: [new iam.ServicePrincipal('myService.amazon.com'), new iam.ServicePrincipal('yourservice.amazon.com')],
      }),
      new iam.PolicyStatement({
        actions: ['service:action'], resources: ['*'],
        principals: [
          new iam.ServicePrincipal('myService.amazon.com').withConditions(blond),
          new iam.ServicePrincipal('yourservice.amazon.com').withConditions(blond),
        ],
      }),
    ],
  }));
}
{
  const p = new iam.PrincipalWithConditions(new iam.ServicePrincipal('service.amazonaws.com'), {
    StringEquals: { 'aws:PrincipalOrgID': ['o-xxxxxxxxxxx'] },
  });
  new iam.Role(stack, 'Role', {
    assumedBy: p.withConditions({ StringEquals: { 'aws:PrincipalTag/critical': 'true' } }),
  });
}
{
  const p = new iam.PrincipalWithConditions(new iam.ServicePrincipal('service.amazonaws.com'), {});
  new iam.Role(stack, 'Role2', {
    assumedBy: p.withConditions({ StringEquals: { 'aws:PrincipalTag/critical': 'true' } })
      .withConditions({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }),
  });
}
put('InOrganization', new iam.PolicyDocument({
  statements: [
    new iam.PolicyStatement({
      actions: ['service:action'],
      resources: ['*'],
      principals: [new iam.AccountPrincipal('123456789012').inOrganization('o-xxxxxxxxxx')],
    }),
  ],
}));
new iam.Role(stack, 'DefaultFormat', { assumedBy: new iam.ServicePrincipal('elasticmapreduce.amazonaws.com.cn') });
new iam.Role(stack, 'Iso', {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal('ec2.c2s.ic.gov'),
    new iam.ServicePrincipal('ec2.sc2s.sgov.gov'),
    new iam.ServicePrincipal('states'),
    new iam.ServicePrincipal('states.us-east-1.amazonaws.com'),
    new iam.ServicePrincipal('a.b.amazonaws.com'),
  ),
});
app.synth();
