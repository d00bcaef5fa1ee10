// Conformance case 'unit-iam-organization-principal': aws-iam organization-principal.test.ts, as
// role trust policies (a stack per test): a valid id, a token id (Token.asString({Ref: 'OrgId'}): not
// validated) and the policy fragment ({AWS: '*'} with aws:PrincipalOrgID) of a 32-character id.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
new iam.Role(new cdk.Stack(app, 'Valid'), 'Role', { assumedBy: new iam.OrganizationPrincipal('o-1234567890') });
{
  const stack = new cdk.Stack(app, 'Token');
  new cdk.CfnParameter(stack, 'OrgId', { type: 'String' });
  new iam.Role(stack, 'Role', { assumedBy: new iam.OrganizationPrincipal(cdk.Token.asString({ Ref: 'OrgId' })) });
}
new iam.Role(new cdk.Stack(app, 'Long'), 'Role', { assumedBy: new iam.OrganizationPrincipal('o-' + 'a1'.repeat(16)) });
app.synth();
