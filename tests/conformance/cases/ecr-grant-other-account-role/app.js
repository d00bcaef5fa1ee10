// Conformance case 'ecr-grant-other-account-role': repository.grantPull to a Role and a User made in a
// stack of another account (that the repository's stack does not depend on): aws-cdk-lib tags the
// grantee "aws-cdk:id" = <its stack name>_<its node.addr> and lets the grantee's account in on that tag
// in the repository policy (RepositoryBase.grant, unsafeCrossAccountResourcePolicyPrincipal); the
// grantee's own policy gets the repository ARN (and ecr:GetAuthorizationToken on *).
// Upstream: aws-ecr/test/repository.test.ts 'grant adds appropriate resource-*' ('cross-account').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const ecr = require('aws-cdk-lib/aws-ecr');
const { Construct } = require('constructs');

const app = new cdk.App();
const repoStack = new cdk.Stack(app, 'RepoStack', { env: { account: '111111111111', region: 'us-east-1' } });
const repo = new ecr.Repository(repoStack, 'Repo', { repositoryName: 'shared-repo' });

const other = new cdk.Stack(app, 'ConsumerStack', { env: { account: '222222222222', region: 'us-east-1' } });
const group = new Construct(other, 'Group');
const role = new iam.Role(group, 'PullRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
repo.grantPull(role);
const user = new iam.User(other, 'Puller');
repo.grantPull(user);

// the same account: Grant.addToPrincipalOrResource, the role's policy only
const same = new cdk.Stack(app, 'SameAccountStack', { env: { account: '111111111111', region: 'us-east-1' } });
repo.grantPull(new iam.Role(same, 'SameRole', { assumedBy: new iam.AccountRootPrincipal() }));

app.synth();
