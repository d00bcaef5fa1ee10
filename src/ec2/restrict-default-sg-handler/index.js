// ccdk's handler of Custom::VpcRestrictDefaultSG (written for ccdk; the same contract as
// aws-cdk-lib's): on Create, take the two rules AWS puts in a VPC's default security group away
// (all traffic in from the group itself, all traffic out to 0.0.0.0/0); on Delete, put them back;
// on Update, when the group changed, put them back on the old group and take them from the new.
'use strict';

let client;
function ec2Client() {
  if (!client) {
    // the AWS SDK v3 that the Lambda Node.js runtime provides
    const { EC2 } = require('@aws-sdk/client-ec2');
    client = new EC2({});
  }
  return client;
}

function defaultRules(groupId, account) {
  return {
    ingress: {
      GroupId: groupId,
      IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: groupId, UserId: account }] }],
    },
    egress: {
      GroupId: groupId,
      IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    },
  };
}

// A rule that is already gone is what we want: not an error.
async function ignoringNotFound(call) {
  try {
    await call();
  } catch (err) {
    if (!err || err.name !== 'InvalidPermission.NotFound') throw err;
  }
}

async function restrict(ec2, groupId, account) {
  const rules = defaultRules(groupId, account);
  await ignoringNotFound(() => ec2.revokeSecurityGroupEgress(rules.egress));
  await ignoringNotFound(() => ec2.revokeSecurityGroupIngress(rules.ingress));
}

async function unrestrict(ec2, groupId, account) {
  const rules = defaultRules(groupId, account);
  await ec2.authorizeSecurityGroupIngress(rules.ingress);
  await ec2.authorizeSecurityGroupEgress(rules.egress);
}

async function handle(event, ec2) {
  const props = event.ResourceProperties || {};
  if (event.RequestType === 'Create') {
    await restrict(ec2, props.DefaultSecurityGroupId, props.Account);
  } else if (event.RequestType === 'Delete') {
    await unrestrict(ec2, props.DefaultSecurityGroupId, props.Account);
  } else if (event.RequestType === 'Update') {
    const before = (event.OldResourceProperties || {}).DefaultSecurityGroupId;
    if (before !== props.DefaultSecurityGroupId) {
      await unrestrict(ec2, before, props.Account);
      await restrict(ec2, props.DefaultSecurityGroupId, props.Account);
    }
  }
  return {};
}

exports.handler = (event) => handle(event, ec2Client());
exports.handle = handle; // for tests: handle(event, fakeEc2)
