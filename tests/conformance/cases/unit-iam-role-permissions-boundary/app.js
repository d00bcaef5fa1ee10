// Conformance case 'unit-iam-role-permissions-boundary': aws-iam role.test.ts, 'permissions
// boundary', a Stage per test with a role in its stack: PermissionsBoundary.fromName with
// ${Qualifier}; with ${AWS::AccountId} and ${AWS::Region} in a stage with an environment; with a
// DefaultStackSynthesizer's qualifier; a name without placeholders; a CliCredentialsStackSynthesizer's
// qualifier. (The App context one: core-stack-permissions-boundary-context.)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const role = (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
const boundary = (name) => cdk.PermissionsBoundary.fromName(name);

role(new cdk.Stack(new cdk.Stage(app, 'Stage', { permissionsBoundary: boundary('cdk-${Qualifier}-PermissionsBoundary') })));
role(new cdk.Stack(new cdk.Stage(app, 'Placeholders', {
  env: { region: 'test-region', account: '123456789012' },
  permissionsBoundary: boundary('cdk-${Qualifier}-PermissionsBoundary-${AWS::AccountId}-${AWS::Region}'),
})));
role(new cdk.Stack(new cdk.Stage(app, 'Qualifier', { permissionsBoundary: boundary('cdk-${Qualifier}-PermissionsBoundary') }),
  'MyStack', { synthesizer: new cdk.DefaultStackSynthesizer({ qualifier: 'custom' }) }));
role(new cdk.Stack(new cdk.Stage(app, 'Custom', { permissionsBoundary: boundary('my-permissions-boundary') })));
role(new cdk.Stack(new cdk.Stage(app, 'CliQualifier', { permissionsBoundary: boundary('my-${Qualifier}-permissions-boundary') }),
  'MyStack', { synthesizer: new cdk.CliCredentialsStackSynthesizer({ qualifier: 'custom' }) }));
app.synth();
